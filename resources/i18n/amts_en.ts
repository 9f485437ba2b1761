<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ParallelDataActions</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="91" />
        <source>Wrote %n pair(s) to {0}.</source>
        <translation><numerusform>Wrote %n pair to {0}.</numerusform><numerusform>Wrote %n pairs to {0}.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewQuestions</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/questions.py" line="20" />
        <source>Accept with %n QA error(s)?</source>
        <translation><numerusform>Accept with %n QA error?</numerusform><numerusform>Accept with %n QA errors?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/questions.py" line="47" />
        <source>Fill %n identical untranslated sentence(s) elsewhere with this translation?</source>
        <translation><numerusform>Fill %n identical untranslated sentence elsewhere with this translation?</numerusform><numerusform>Fill %n identical untranslated sentences elsewhere with this translation?</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/review_tab.py" line="370" />
        <source>Fill %n repetition(s)</source>
        <translation><numerusform>Fill %n repetition</numerusform><numerusform>Fill %n repetitions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/review_tab.py" line="374" />
        <source>Filled %n repetition(s) of segment {0}; Ctrl+Z takes them back.</source>
        <translation><numerusform>Filled %n repetition of segment {0}; Ctrl+Z takes them back.</numerusform><numerusform>Filled %n repetitions of segment {0}; Ctrl+Z takes them back.</numerusform></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="26" />
        <source>%n untranslated</source>
        <translation><numerusform>%n untranslated</numerusform><numerusform>%n untranslated</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="29" />
        <source>%n draft</source>
        <translation><numerusform>%n draft</numerusform><numerusform>%n draft</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="30" />
        <source>%n edited</source>
        <translation><numerusform>%n edited</numerusform><numerusform>%n edited</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="31" />
        <source>%n accepted</source>
        <translation><numerusform>%n accepted</numerusform><numerusform>%n accepted</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="38" />
        <source>%n chapter(s)</source>
        <translation><numerusform>%n chapter</numerusform><numerusform>%n chapters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="39" />
        <source>%n segment(s)</source>
        <translation><numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="40" />
        <source>%n sentence pair(s)</source>
        <translation><numerusform>%n sentence pair</numerusform><numerusform>%n sentence pairs</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="41" />
        <source>%n paragraph pair(s)</source>
        <translation><numerusform>%n paragraph pair</numerusform><numerusform>%n paragraph pairs</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="52" />
        <source>%n to push</source>
        <translation><numerusform>%n to push</numerusform><numerusform>%n to push</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="57" />
        <source>%n pair(s) not yet on Amazon ({0})</source>
        <translation><numerusform>%n pair not yet on Amazon ({0})</numerusform><numerusform>%n pairs not yet on Amazon ({0})</numerusform></translation>
    </message>
</context>
</TS>