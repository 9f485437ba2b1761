"""The from-scratch control: a random share of the project's segments is translated without a draft, so
that post-editing time can be compared with translating from scratch by the same translator.

Which segments are controls is decided once per segment, by a hash of its id and the project's own salt:
random across the project, stable from one session to the next, and the same for every teammate.  The
share and the salt are project settings; a share of 0 (the default) switches the control off.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from amts_gui.core.errors import InputError
from amts_gui.core.messages import message
from amts_gui.core.project.store import Store

DEFAULT_SHARE = 0.10  # what the option proposes when it is switched on
_SHARE_KEY, _SALT_KEY = "control.from_scratch_share", "control.salt"


@dataclass(frozen=True)
class Control:
    share: float  # 0–0.5; 0: off
    salt: str

    def is_control(self, segment_id: str) -> bool:
        if self.share <= 0:
            return False
        digest = hashlib.sha256(f"{self.salt}:{segment_id}".encode()).digest()
        return int.from_bytes(digest[:8], "big") / 2**64 < self.share


def control_of(store: Store) -> Control:
    values = store.settings_with_prefix("control.")
    try:
        share = float(values.get("from_scratch_share", "0"))
    except ValueError:
        share = 0.0
    return Control(min(max(share, 0.0), 0.5), values.get("salt", ""))


def set_control(store: Store, share: float) -> Control:
    """Switch the control on (``share`` of the segments, at most half) or off (0)."""
    if not 0 <= share <= 0.5:
        raise InputError(message("the from-scratch share must be between 0 and 50 %, not {share:.0%}", share=share))
    import secrets  # with random and hmac: not needed to read the control set at start

    salt = control_of(store).salt or secrets.token_hex(8)  # kept: the same segments stay controls
    store.set_settings({_SHARE_KEY: repr(share), _SALT_KEY: salt})
    return Control(share, salt)
