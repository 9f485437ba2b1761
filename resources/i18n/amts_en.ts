<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChapterActions</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/chapters.py" line="59"/>
        <source>Imported %n chapter(s)</source>
        <translation>
            <numerusform>Imported %n chapter</numerusform>
            <numerusform>Imported %n chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/chapters.py" line="105"/>
        <source>%n chapter(s) written</source>
        <translation>
            <numerusform>%n chapter written</numerusform>
            <numerusform>%n chapters written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChapterTree</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/chapter_tree.py" line="43"/>
        <source>{0} of %n segment(s) accepted</source>
        <translation>
            <numerusform>{0} of %n segment accepted</numerusform>
            <numerusform>{0} of %n segments accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/chapter_tree.py" line="84"/>
        <source>{0}: {1} of %n segment(s) accepted</source>
        <translation>
            <numerusform>{0}: {1} of %n segment accepted</numerusform>
            <numerusform>{0}: {1} of %n segments accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="308"/>
        <source>{0} of %n unit(s) translated</source>
        <translation>
            <numerusform>{0} of %n unit translated</numerusform>
            <numerusform>{0} of %n units translated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="416"/>
        <source>{0} of %n segment(s) accepted ({1} %)</source>
        <translation>
            <numerusform>{0} of %n segment accepted ({1} %)</numerusform>
            <numerusform>{0} of %n segments accepted ({1} %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftingActions</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/drafting.py" line="96"/>
        <source>%n ACT job(s) running</source>
        <translation>
            <numerusform>%n ACT job running</numerusform>
            <numerusform>%n ACT jobs running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/drafting.py" line="191"/>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="355"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/drafting.py" line="193"/>
        <source>%n segment(s) without a draft</source>
        <translation>
            <numerusform>%n segment without a draft</numerusform>
            <numerusform>%n segments without a draft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/drafting.py" line="195"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/drafting.py" line="197"/>
        <source>%n segment(s) with your translation left as they are</source>
        <translation>
            <numerusform>%n segment with your translation left as it is</numerusform>
            <numerusform>%n segments with your translation left as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/drafting.py" line="239"/>
        <source>%n of the selected segments have your translation (edited or accepted).</source>
        <translation>
            <numerusform>%n of the selected segments has your translation (edited or accepted).</numerusform>
            <numerusform>%n of the selected segments have your translation (edited or accepted).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryActions</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="63"/>
        <source>%n term(s), not pushed</source>
        <translation>
            <numerusform>%n term, not pushed</numerusform>
            <numerusform>%n terms, not pushed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="65"/>
        <source>%n term(s), changed since the push</source>
        <translation>
            <numerusform>%n term, changed since the push</numerusform>
            <numerusform>%n terms, changed since the push</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="67"/>
        <source>%n term(s) on Amazon</source>
        <translation>
            <numerusform>%n term on Amazon</numerusform>
            <numerusform>%n terms on Amazon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="136"/>
        <source>Imported %n term(s): {0} new, {1} replaced, {2} unchanged</source>
        <translation>
            <numerusform>Imported %n term: {0} new, {1} replaced, {2} unchanged</numerusform>
            <numerusform>Imported %n terms: {0} new, {1} replaced, {2} unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="140"/>
        <source>%n remark(s) on the file; see the details.</source>
        <translation>
            <numerusform>%n remark on the file; see the details.</numerusform>
            <numerusform>%n remarks on the file; see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="174"/>
        <source>Wrote %n term(s) to {0}.</source>
        <translation>
            <numerusform>Wrote %n term to {0}.</numerusform>
            <numerusform>Wrote %n terms to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="204"/>
        <source>%n entry(ies) flagged ambiguous stay out, since Amazon would force them into every sentence: {0}</source>
        <translation>
            <numerusform>%n entry flagged ambiguous stays out, since Amazon would force it into every sentence: {0}</numerusform>
            <numerusform>%n entries flagged ambiguous stay out, since Amazon would force them into every sentence: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="211"/>
        <source>Send %n term(s) to Amazon Translate as custom terminology {0}?</source>
        <translation>
            <numerusform>Send %n term to Amazon Translate as custom terminology {0}?</numerusform>
            <numerusform>Send %n terms to Amazon Translate as custom terminology {0}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="229"/>
        <source>Glossary pushed to {0}: %n term(s)</source>
        <translation>
            <numerusform>Glossary pushed to {0}: %n term</numerusform>
            <numerusform>Glossary pushed to {0}: %n terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="231"/>
        <source>(%n left out: longer than 200 bytes)</source>
        <translation>
            <numerusform>(%n left out: longer than 200 bytes)</numerusform>
            <numerusform>(%n left out: longer than 200 bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="233"/>
        <source>(%n ambiguous left out)</source>
        <translation>
            <numerusform>(%n ambiguous left out)</numerusform>
            <numerusform>(%n ambiguous left out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="272"/>
        <source>Its warning is ignored in %n segment(s).</source>
        <translation>
            <numerusform>Its warning is ignored in %n segment.</numerusform>
            <numerusform>Its warning is ignored in %n segments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParallelDataActions</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="83"/>
        <source>Aligned %n chapter(s){0}: </source>
        <translation>
            <numerusform>Aligned %n chapter{0}: </numerusform>
            <numerusform>Aligned %n chapters{0}: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="84"/>
        <source>%n sentence pair(s), {0} flagged</source>
        <translation>
            <numerusform>%n sentence pair, {0} flagged</numerusform>
            <numerusform>%n sentence pairs, {0} flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="104"/>
        <source>Wrote %n pair(s) to {0}.</source>
        <translation>
            <numerusform>Wrote %n pair to {0}.</numerusform>
            <numerusform>Wrote %n pairs to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="123"/>
        <source>Imported %n pair(s); {0} already present</source>
        <translation>
            <numerusform>Imported %n pair; {0} already present</numerusform>
            <numerusform>Imported %n pairs; {0} already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="125"/>
        <source>%n unit(s) left out or changed; see the details.</source>
        <translation>
            <numerusform>%n unit left out or changed; see the details.</numerusform>
            <numerusform>%n units left out or changed; see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="164"/>
        <source>%n pair(s) sent, {0} imported, {1} failed, {2} skipped.</source>
        <translation>
            <numerusform>%n pair sent, {0} imported, {1} failed, {2} skipped.</numerusform>
            <numerusform>%n pairs sent, {0} imported, {1} failed, {2} skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="195"/>
        <source>%n pair(s) added, {0} replaced by newer remote edits, {1} conflicts</source>
        <translation>
            <numerusform>%n pair added, {0} replaced by newer remote edits, {1} conflicts</numerusform>
            <numerusform>%n pairs added, {0} replaced by newer remote edits, {1} conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineDialog</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="102"/>
        <source> + %n in unfinished jobs</source>
        <translation>
            <numerusform> + %n in an unfinished job</numerusform>
            <numerusform> + %n in unfinished jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="151"/>
        <source>, %n draft(s) fetched</source>
        <translation>
            <numerusform>, %n draft fetched</numerusform>
            <numerusform>, %n drafts fetched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQuestions</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/questions.py" line="20"/>
        <source>Accept with %n QA error(s)?</source>
        <translation>
            <numerusform>Accept with %n QA error?</numerusform>
            <numerusform>Accept with %n QA errors?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/questions.py" line="28"/>
        <source>Accept with %n term(s) not translated as the glossary says?</source>
        <translation>
            <numerusform>Accept with %n term not translated as the glossary says?</numerusform>
            <numerusform>Accept with %n terms not translated as the glossary says?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/repetition_fill.py" line="42"/>
        <source>Segment {0} occurs %n more time(s) without your text. Fill them with this translation?</source>
        <translation>
            <numerusform>Segment {0} occurs %n more time without your text. Fill it with this translation?</numerusform>
            <numerusform>Segment {0} occurs %n more times without your text. Fill them with this translation?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/repetition_fill.py" line="91"/>
        <source>Fill %n repetition(s)</source>
        <translation>
            <numerusform>Fill %n repetition</numerusform>
            <numerusform>Fill %n repetitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/repetition_fill.py" line="94"/>
        <source>Filled %n repetition(s) of segment {0}; Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>Filled %n repetition of segment {0}; Ctrl+Z takes it back.</numerusform>
            <numerusform>Filled %n repetitions of segment {0}; Ctrl+Z takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="26"/>
        <source>%n untranslated</source>
        <translation>
            <numerusform>%n untranslated</numerusform>
            <numerusform>%n untranslated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="29"/>
        <source>%n draft</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n draft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="30"/>
        <source>%n edited</source>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="31"/>
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="38"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="39"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="40"/>
        <source>%n sentence pair(s)</source>
        <translation>
            <numerusform>%n sentence pair</numerusform>
            <numerusform>%n sentence pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="41"/>
        <source>%n paragraph pair(s)</source>
        <translation>
            <numerusform>%n paragraph pair</numerusform>
            <numerusform>%n paragraph pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="52"/>
        <source>%n to push</source>
        <translation>
            <numerusform>%n to push</numerusform>
            <numerusform>%n to push</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="57"/>
        <source>%n pair(s) not yet on Amazon ({0})</source>
        <translation>
            <numerusform>%n pair not yet on Amazon ({0})</numerusform>
            <numerusform>%n pairs not yet on Amazon ({0})</numerusform>
        </translation>
    </message>
</context>
</TS>
