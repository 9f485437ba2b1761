"""English: the source of the D2L book."""

from __future__ import annotations

from amts_gui.core.languages.rules import Language, Segmentation

EN_PREPOSITIVE = frozenset(
    """adj adm adv apr asst aug capt cf cmdr col comdr con corp cpl dec dr drs e.g ens
    eq eqs feb fig figs gen gov hon i.e jan jul jun lieut lt maj mar messrs mlle mme mr mrs
    ms msgr mt no nos nov n° oct op ord pfc ph.d pp prof pvt rep reps res rev sec secs sen
    sens sept sfc sgt sr st supt surg tab tabs vol vols viz vs ch chap ex p para ref refs
    approx est dept""".split()
)
EN_AMBIGUOUS = frozenset(
    """al co inc ltd jr etc bros llc plc esq ave blvd rd ft oz lb lbs min max sq mins hrs
    yrs mo wk""".split()
)
EN_STARTERS = frozenset(
    """A Being Did For He How However I In It Millions More She That The There They We
    What When Where Who Why This These Those Then Thus Therefore Hence Here Now So As If
    Our Its Their His Her You Your My Let Note See Finally First Second Next Also But And
    Yet To On At By With Since While After Before Although Each All Some Many Most One""".split()
)


ENGLISH = Language(
    "en",
    "English",
    "English",
    Segmentation(
        "en",
        prepositive=EN_PREPOSITIVE,
        ambiguous=EN_AMBIGUOUS,
        starters=EN_STARTERS,
        time_abbreviations=frozenset({"a.m", "p.m"}),
    ),
)
