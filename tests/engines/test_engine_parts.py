"""Engine building blocks: placeholder markup round trips, backoff, secrets, settings, the registry."""

from __future__ import annotations

import random

import keyring.backend
import pytest
from botocore.exceptions import ClientError, EndpointConnectionError
from hypothesis import given
from hypothesis import strategies as st

from amts_gui.core.text.placeholders import token
from amts_gui.engines import catalog
from amts_gui.engines.amazon.errors import describe_error
from amts_gui.engines.amazon.html import chapter_html, chapter_texts, fragment_text, segment_html, segment_text
from amts_gui.engines.amazon.retry import Backoff
from amts_gui.engines.amazon.secrets import Credentials, CredentialVault
from amts_gui.engines.amazon.settings import AwsSettings, load_settings, update_settings
from amts_gui.engines.base import EngineError, SegmentInput, ServiceUnusable
from tests.aws_double.server import translate_html

MARKUP = st.sampled_from(["`x < y`", "$a_{i} & b$", ":numref:`sec_intro`", "<b>", "](https://d2l.ai?a=1&b=2)", "`⟦`"])
WORDS = st.text(alphabet=st.sampled_from(list("ab <>&\"'中文.")), min_size=0, max_size=8)


@given(st.lists(st.tuples(WORDS, MARKUP), min_size=0, max_size=5), WORDS)
def test_placeholders_survive_the_html_round_trip(parts, tail):
    markup = tuple(m for _, m in parts)
    source = "".join(f"{w}{token(i + 1)}" for i, (w, _) in enumerate(parts)) + tail
    sent = segment_html(source, markup)
    # the service leaves translate="no" spans alone and may translate the rest: the double upper-cases it
    text, findings = fragment_text(translate_html(sent, "zh")[0], markup)
    assert findings == []
    expected = "".join(f"{w.upper()}{token(i + 1)}" for i, (w, _) in enumerate(parts)) + tail.upper()
    assert text == expected.strip()


def test_markup_written_out_by_the_service_is_recognized():
    # under ACT a parallel-data target comes back with its markup as plain text
    text, findings = fragment_text("调用`f()`函数。", ("`f()`",))
    assert text == "调用⟦1⟧函数。" and findings == []
    text, findings = fragment_text("调用函数。", ("`f()`",))
    assert [str(f.kind) for f in findings] == ["missing placeholder"]


def test_chapter_document_maps_back_by_segment_id():
    segs = [SegmentInput("a1", "One ⟦1⟧.", ("`x`",), "One `x`."), SegmentInput("b2", "Two & three.", (), "")]
    doc = chapter_html("c.md", "en", segs)
    texts = chapter_texts(translate_html(doc, "zh")[0])
    assert set(texts) == {"a1", "b2"}
    assert segment_text(texts["a1"], ("`x`",)) == ("ONE ⟦1⟧.", [])
    assert segment_text(texts["b2"], ())[0] == "TWO & THREE."


def _throttle() -> ClientError:
    return ClientError({"Error": {"Code": "TooManyRequestsException", "Message": "slow down"}}, "TranslateText")


def test_backoff_grows_with_jitter_and_gives_up():
    waits: list[float] = []
    backoff = Backoff(base=1.0, cap=8.0, max_attempts=5, sleep=waits.append, clock=lambda: 0.0, rng=random.Random(1))
    calls = []

    def always_throttled():
        calls.append(1)
        raise _throttle()

    with pytest.raises(ClientError):
        backoff.call(always_throttled)
    assert len(calls) == 5 and backoff.retries == 4
    ceilings = [1, 2, 4, 8]
    assert all(c / 2 <= w <= c for w, c in zip(waits, ceilings, strict=True))


def test_backoff_does_not_retry_other_errors():
    backoff = Backoff(sleep=lambda s: None)
    calls = []

    def denied():
        calls.append(1)
        raise ClientError({"Error": {"Code": "AccessDeniedException", "Message": "no"}}, "TranslateText")

    with pytest.raises(ClientError):
        backoff.call(denied)
    assert calls == [1]


def test_backoff_gives_up_soon_on_an_unreachable_endpoint_without_slowing_other_threads():
    waits: list[float] = []
    backoff = Backoff(base=0.5, sleep=waits.append, clock=lambda: 0.0)
    calls = []

    def refused():
        calls.append(1)
        raise EndpointConnectionError(endpoint_url="https://translate.example")

    with pytest.raises(EndpointConnectionError):
        backoff.call(refused)
    assert len(calls) == 3 and waits == [0.5, 1.0]
    assert backoff._cool_until == 0.0  # no shared cool-down: that is for throttling
    assert isinstance(describe_error(EndpointConnectionError(endpoint_url="u"), "TranslateText"), ServiceUnusable)


def test_error_messages_say_what_to_do():
    exc = ClientError({"Error": {"Code": "UnrecognizedClientException", "Message": "bad token"}}, "TranslateText")
    assert "Check the access key" in str(describe_error(exc, "TranslateText"))
    exc = ClientError({"Error": {"Code": "LimitExceededException", "Message": "too many"}}, "StartTextTranslationJob")
    assert "10 concurrent" in str(describe_error(exc, "starting"))


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self):
        self.data = {}

    def get_password(self, service, username):
        return self.data.get((service, username))

    def set_password(self, service, username, password):
        self.data[(service, username)] = password

    def delete_password(self, service, username):
        self.data.pop((service, username), None)


def test_keys_go_to_the_keyring_and_never_show_in_repr():
    backend = MemoryKeyring()
    vault = CredentialVault(backend)
    assert vault.persistent and vault.set(Credentials("AKIAEXAMPLE", "s3cr3t-value"), "work")
    assert CredentialVault(backend).get("work") == Credentials("AKIAEXAMPLE", "s3cr3t-value")
    assert "s3cr3t-value" not in repr(vault.get("work"))
    vault.delete("work")
    assert CredentialVault(backend).get("work") is None


def test_without_a_keyring_keys_live_in_memory_for_the_session():
    from keyring.backends import fail

    vault = CredentialVault(fail.Keyring())
    assert not vault.persistent
    assert vault.set(Credentials("AKIA", "secret")) is False
    assert vault.get() == Credentials("AKIA", "secret")
    assert CredentialVault(fail.Keyring()).get() is None  # gone with the session


def test_settings_are_stored_in_the_project_but_keys_are_not(project):
    vault = CredentialVault(MemoryKeyring())
    vault.set(Credentials("AKIAEXAMPLE", "s3cr3t-value"))
    update_settings(project, bucket="b", parallel_data_name="d2l-en-zh", act_rate=55.5)
    settings = load_settings(project)
    assert settings.bucket == "b" and settings.act_rate == 55.5 and settings.prefix == "amts"
    dump = "\n".join(project.db.conn.iterdump())
    assert "s3cr3t-value" not in dump and "AKIAEXAMPLE" not in dump
    with pytest.raises(EngineError, match="not allowed"):
        update_settings(project, parallel_data_name="two__underscores")
    assert AwsSettings(bucket="b", prefix="/x/").s3_uri("input", "k") == "s3://b/x/input/k/"


def test_the_catalog_loads_engines_by_name_lazily():
    assert catalog.names() == ["tm", "amazon-realtime", "amazon-act"]
    assert catalog.entry("tm").load().__name__ == "MemoryEngine"
    assert catalog.entry("amazon-act").load().name == "amazon-act"  # the class takes its name from the catalog
    assert [e.kind for e in catalog.ENGINES] == [catalog.Kind.REALTIME, catalog.Kind.REALTIME, catalog.Kind.BATCH]
    assert [e.paid for e in catalog.ENGINES] == [False, True, True]
    with pytest.raises(EngineError, match="unknown engine 'google'; use one of tm, amazon-realtime, amazon-act"):
        catalog.entry("google")
    assert catalog.variant_keys() == ["tm", "amazon-realtime", "amazon-act", "amazon-act-paragraph"]
    assert catalog.variant("amazon-act-paragraph").granularity == "paragraph"
