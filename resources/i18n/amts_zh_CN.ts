<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../amts_gui/core/align/beads.py" line="42"/>
        <source>{where}, line {number}: not a bead like [0, 1]:[2]: {line!r}</source>
        <translation>{where}，第 {number} 行：不是 [0, 1]:[2] 这样的对齐珠：{line!r}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="36"/>
        <source>{path}: {size} MB is over the {limit} MB limit; split it into several files</source>
        <translation>{path}：{size} MB，超过 {limit} MB 的上限；请拆分为几个文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="48"/>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="50"/>
        <source>{path}: is a directory, not a file</source>
        <translation>{path}：是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="55"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="57"/>
        <source>{path}: the file is empty</source>
        <translation>{path}：文件是空的</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="61"/>
        <source>{path}: {count:,} bytes is over the {max_bytes:,}-byte limit; split the chapter</source>
        <translation>{path}：{count:,} 字节，超过 {max_bytes:,} 字节的上限；请拆分该章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="71"/>
        <source>{path}: {encoding} text; save it as UTF-8 (e.g. iconv -f {encoding} -t UTF-8 FILE &gt; NEW)</source>
        <translation>{path}：这是 {encoding} 文本；请另存为 UTF-8（例如 iconv -f {encoding} -t UTF-8 FILE &gt; NEW）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="77"/>
        <source>{path}: looks like a binary file, not {kind} text</source>
        <translation>{path}：看起来是二进制文件，不是 {kind} 文本</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="84"/>
        <source>{path}: not valid UTF-8 (byte {start}, line {line}); re-save the file as UTF-8</source>
        <translation>{path}：不是有效的 UTF-8（第 {start} 字节，第 {line} 行）；请以 UTF-8 重新保存该文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="95"/>
        <source>{path}: no such file or directory</source>
        <translation>{path}：文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="98"/>
        <source>{path}: not a .md or .mdx file</source>
        <translation>{path}：不是 .md 或 .mdx 文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="102"/>
        <source>{path}: no .md or .mdx files in this directory</source>
        <translation>{path}：此文件夹中没有 .md 或 .mdx 文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="37"/>
        <source>flagged</source>
        <translation>待核查</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="38"/>
        <source>QA</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="39"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="40"/>
        <source>Amazon&apos;s rules</source>
        <translation>不符合 Amazon 的规则</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="41"/>
        <source>below the confidence</source>
        <translation>低于置信度</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="42"/>
        <source>other language or script</source>
        <translation>其他语言或文字</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="127"/>
        <source>unknown format {fmt!r}; use one of {formats}</source>
        <translation>未知格式 {fmt!r}；请使用以下之一：{formats}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="236"/>
        <source>{out}: cannot write ({reason})</source>
        <translation>{out}：无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="294"/>
        <source>{path}: unknown parallel-data format {suffix!r}; use .tmx, .csv or .tsv</source>
        <translation>{path}：未知的平行数据格式 {suffix!r}；请使用 .tmx、.csv 或 .tsv</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="358"/>
        <source>{path}: empty file; the first row must name the languages, e.g. en,zh</source>
        <translation>{path}：文件是空的；第一行必须写明语言，例如 en,zh</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="361"/>
        <source>{path}: line 1: {reason}</source>
        <translation>{path}：第 1 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="275"/>
        <source>{path}: the first row must name the languages, e.g. {source_lang},{target_lang} ({why})</source>
        <translation>{path}：第一行必须写明语言，例如 {source_lang},{target_lang}（{why}）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/formats.py" line="375"/>
        <location filename="../../amts_gui/core/terms/files.py" line="39"/>
        <source>{path}: line {line}: {reason}</source>
        <translation>{path}：第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/project_pairs.py" line="91"/>
        <source>{name}: has no reference translation; import it with --reference-root</source>
        <translation>{name}：没有参考译文；请用 --reference-root 导入</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/project_pairs.py" line="203"/>
        <source>unknown granularity {granularity!r}; use one of {granularities}</source>
        <translation>未知粒度 {granularity!r}；请使用以下之一：{granularities}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/fileio.py" line="32"/>
        <location filename="../../amts_gui/core/parallel/xml_files.py" line="98"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/tmx.py" line="106"/>
        <source>{path}: not a TMX file (the root element is &lt;{tag}&gt;, not &lt;tmx&gt;)</source>
        <translation>{path}：不是 TMX 文件（根元素是 &lt;{tag}&gt;，不是 &lt;tmx&gt;）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/tmx.py" line="112"/>
        <source>{path}: a TMX file without a &lt;body&gt;</source>
        <translation>{path}：TMX 文件缺少 &lt;body&gt;</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/xml_files.py" line="74"/>
        <source>{path}: elements nested more than {limit} deep, which no translation tool writes; refused</source>
        <translation>{path}：元素嵌套超过 {limit} 层，翻译工具不会写出这样的文件；已拒绝</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/xml_files.py" line="83"/>
        <source>{path}: refused: the file declares a DTD subset or XML entities ({reason}), which can be used to attack the parser; {kind} needs neither — export it again without them</source>
        <translation>{path}：已拒绝：文件声明了内部 DTD 子集或 XML 实体（{reason}），可被用来攻击解析器；{kind} 文件两者都不需要——请不带它们重新导出</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/xml_files.py" line="94"/>
        <source>{path}: not well-formed XML at line {line}, column {column}</source>
        <translation>{path}：第 {line} 行第 {column} 列的 XML 格式不正确</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/chapters.py" line="55"/>
        <source>no chapter named {name!r} in {path} (chapters: {known})</source>
        <translation>{path} 中没有名为 {name!r} 的章节（现有章节：{known}）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/demo/book.py" line="38"/>
        <source>{manifest_path}: demo project manifest is missing; reinstall AMTS Studio</source>
        <translation>{manifest_path}：缺少示例项目清单；请重新安装 AMTS Studio</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/finals.py" line="60"/>
        <location filename="../../amts_gui/core/project/finals.py" line="107"/>
        <location filename="../../amts_gui/core/project/marks.py" line="86"/>
        <source>segment {segment_id} is not in the project (was the chapter re-imported?)</source>
        <translation>句段 {segment_id} 不在项目中（章节是否被重新导入过？）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/finals.py" line="67"/>
        <source>segment {segment_id}: an empty translation cannot be accepted</source>
        <translation>句段 {segment_id}：空译文不能确认</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/importer.py" line="59"/>
        <source>{new}: would be chapter {name!r}, like {old}; import them under a source root that tells them apart</source>
        <translation>{new}：会与 {old} 同为章节 {name!r}；请在能区分二者的源文件根目录下导入</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/importer.py" line="76"/>
        <source>{new}: chapter {name!r} was imported from {old}; nothing was imported — to make this file its new source, import it again with --replace</source>
        <translation>{new}：章节 {name!r} 是从 {old} 导入的；未导入任何内容——若要以此文件作为它的新来源，请加 --replace 重新导入</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/importer.py" line="94"/>
        <source>{path}: is not under the source root {root}; import from inside it</source>
        <translation>{path}：不在原文根目录 {root} 之下；请从该目录内导入</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/importer.py" line="135"/>
        <source>{reference_root}: reference root is not a directory</source>
        <translation>{reference_root}：参考译文根目录不是文件夹</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="68"/>
        <source>{path}: no such project; create it with `amts init`</source>
        <translation>{path}：项目不存在；请用 `amts init` 创建</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="70"/>
        <source>{path}: is a folder, not a project file</source>
        <translation>{path}：是文件夹，不是项目文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="73"/>
        <source>{path}: an empty file, not an AMTS project; `amts init` creates one</source>
        <translation>{path}：空文件，不是 AMTS 项目；可用 `amts init` 创建项目</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="102"/>
        <source>{path}: give each target language once</source>
        <translation>{path}：每种目标语言只能给一次</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="104"/>
        <source>{path}: already exists; choose another name or open it</source>
        <translation>{path}：已存在；请换个名字，或直接打开它</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="125"/>
        <source>{path}: the project has no target language</source>
        <translation>{path}：该项目没有目标语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="145"/>
        <source>{path}: no target language {target!r} (targets: {known}); add it with `amts targets add`</source>
        <translation>{path}：没有目标语言 {target!r}（现有目标语言：{known}）；请用 `amts targets add` 添加</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="184"/>
        <source>{path}: opened read-only (the file or its folder is not writable)</source>
        <translation>{path}：以只读方式打开（文件或其所在文件夹不可写）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="240"/>
        <source>{path}: the disk is full; nothing was written — free some space and try again</source>
        <translation>{path}：磁盘已满，未写入任何内容——请腾出空间后重试</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="244"/>
        <source>{path}: cannot write the project ({reason}); nothing was written</source>
        <translation>{path}：无法写入项目（{reason}）；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="261"/>
        <source>{path}: cannot open the project ({reason})</source>
        <translation>{path}：无法打开项目（{reason}）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="265"/>
        <source>{path}: not an AMTS project (not an SQLite database)</source>
        <translation>{path}：不是 AMTS 项目（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="268"/>
        <source>{path}: an SQLite file, but not an AMTS project</source>
        <translation>{path}：是 SQLite 文件，但不是 AMTS 项目</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="272"/>
        <source>{path}: made by a newer AMTS Studio; upgrade to open it</source>
        <translation>{path}：由更新版本的 AMTS Studio 创建；请升级后再打开</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="279"/>
        <source>{path}: made by an older AMTS Studio and read-only; make it writable to update it</source>
        <translation>{path}：由旧版 AMTS Studio 创建且为只读；请使其可写以便升级</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="312"/>
        <source>{path}: the project has no language pair; recreate it with `amts init`</source>
        <translation>{path}：项目没有语言对；请用 `amts init` 重新创建</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="353"/>
        <source>{path}: the project is in use by another program; nothing was written — try again when it is done</source>
        <translation>{path}：项目正被另一个程序使用；未写入任何内容——请在它完成后重试</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="361"/>
        <source>the project file was replaced by another program while it was open</source>
        <translation>项目文件在打开期间被另一个程序替换了</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="363"/>
        <source>another program deleted the project&apos;s log file (-wal) while it was open</source>
        <translation>另一个程序在项目打开期间删除了它的日志文件（-wal）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="365"/>
        <source>a file of the project was opened and closed outside SQLite, so its locks were lost</source>
        <translation>项目的某个文件在 SQLite 之外被打开又关闭，因此项目的锁已丢失</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="367"/>
        <source>{path}: {what}; nothing more is written to it — save a copy of it and open the project again</source>
        <translation>{path}：{what}；不再向它写入任何内容——请保存一份副本，然后重新打开项目</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/store.py" line="382"/>
        <source>{path}: cannot read the project ({reason})</source>
        <translation>{path}：无法读取项目（{reason}）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/scoring/metrics.py" line="68"/>
        <source>{translations} translations but {references} references; they must pair up</source>
        <translation>{translations} 条译文，却有 {references} 条参考译文；二者必须一一对应</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/scoring/metrics.py" line="74"/>
        <source>nothing to score: no segment has both a translation and a reference</source>
        <translation>无可评分的内容：没有句段同时具有译文和参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/scoring/metrics.py" line="91"/>
        <source>HTER needs one accepted final per draft, and at least one</source>
        <translation>HTER 要求每条初稿都有一条已确认的定稿，且至少一条</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/scoring/units.py" line="66"/>
        <source>direction {name!r} does not fit this project; use {forward} or {backward}</source>
        <translation>方向 {name!r} 与本项目不符；请使用 {forward} 或 {backward}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/sync/files.py" line="96"/>
        <source>{root}: not a directory</source>
        <translation>{root}：不是文件夹</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/document.py" line="236"/>
        <source>joined with spaces</source>
        <translation>已用空格连接</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="140"/>
        <source>missing placeholder</source>
        <translation>缺少占位符</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="141"/>
        <source>duplicated placeholder</source>
        <translation>占位符重复</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="142"/>
        <source>unknown placeholder</source>
        <translation>未知占位符</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="143"/>
        <source>altered placeholder</source>
        <translation>占位符被改动</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="144"/>
        <source>line break in a single-line segment</source>
        <translation>单行句段中出现换行</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="145"/>
        <source>number missing</source>
        <translation>缺少数字</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="146"/>
        <source>number not in the source</source>
        <translation>原文中没有的数字</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="147"/>
        <source>empty translation</source>
        <translation>译文为空</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="148"/>
        <source>emphasis markers missing</source>
        <translation>缺少强调标记</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="149"/>
        <source>term not translated as the glossary says</source>
        <translation>术语未按术语表翻译</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="150"/>
        <source>term translated in a way the glossary forbids</source>
        <translation>术语使用了术语表禁止的译法</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="151"/>
        <source>term to keep as it is was changed</source>
        <translation>应保持原样的术语被改动</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="152"/>
        <source>punctuation not as the target language writes it</source>
        <translation>标点不符合目标语言的写法</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/placeholders.py" line="184"/>
        <source>{kind}: {detail}</source>
        <translation>{kind}：{detail}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/qa.py" line="111"/>
        <source>{marker}…{marker}: {source} in the source, {here} here</source>
        <translation>{marker}…{marker}：原文中 {source} 处，此处 {here} 处</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/qa.py" line="172"/>
        <source>the translation is empty</source>
        <translation>译文是空的</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/batch.py" line="86"/>
        <source>ACT batch jobs need Amazon Translate; set it up in Settings ▸ Amazon Translate</source>
        <translation>ACT 批量作业需要 Amazon Translate；请在 设置 ▸ Amazon Translate 中配置</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/batch.py" line="105"/>
        <source>parallel data {name!r} does not exist in {region} yet: push the project&apos;s pairs first (Parallel data ▸ Push parallel data, or `amts pairs push`)</source>
        <translation>平行数据 {name!r} 在 {region} 中还不存在：请先推送项目的句对（平行数据 ▸ 推送平行数据，或 `amts pairs push`）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/batch.py" line="111"/>
        <source>checking parallel data {name!r}</source>
        <translation>检查平行数据 {name!r}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/batch.py" line="149"/>
        <source>nothing to translate: the chosen chapters have no segment without the translator&apos;s text</source>
        <translation>没有需要翻译的内容：所选章节中没有尚无译者译文的句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/batch.py" line="184"/>
        <source>{limit} batch jobs are already running, Amazon Translate&apos;s limit; wait for one to finish (`amts jobs --resume`)</source>
        <translation>已有 {limit} 个批量作业在运行，达到 Amazon Translate 的上限；请等待其中一个完成（`amts jobs --resume`）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/batch.py" line="258"/>
        <source>uploading {chapter} to S3</source>
        <translation>上传 {chapter} 到 S3</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/batch.py" line="276"/>
        <source>starting batch job {job}</source>
        <translation>启动批量作业 {job}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/batch.py" line="285"/>
        <source>starting batch job {job}: {reason}. The job is kept as pending; `amts jobs --resume` retries it without starting a second one</source>
        <translation>启动批量作业 {job}：{reason}。任务保留为待处理；`amts jobs --resume` 会重试，而不会另起一个任务</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/batch.py" line="310"/>
        <source>checking batch job {job}</source>
        <translation>检查批量作业 {job}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/batch.py" line="376"/>
        <source>stopping batch job {job}</source>
        <translation>停止批量作业 {job}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/job_output.py" line="28"/>
        <source>downloading s3://{bucket}/{key}</source>
        <translation>下载 s3://{bucket}/{key}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/job_output.py" line="42"/>
        <source>listing the job&apos;s output</source>
        <translation>列出任务的输出</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="28"/>
        <source>the credentials work but lack permission; the IAM policy needs translate:* on the resource and s3 access to the bucket</source>
        <translation>凭证有效但权限不足；IAM 策略需要对该资源的 translate:* 权限和对存储桶的 S3 访问权限</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="32"/>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="36"/>
        <source>the credentials cannot use the S3 bucket; check the bucket policy and the IAM permissions</source>
        <translation>凭证无法使用该 S3 存储桶；请检查存储桶策略和 IAM 权限</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="34"/>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="35"/>
        <source>the S3 bucket does not exist in this account and region; check the bucket name</source>
        <translation>此账户和区域中不存在该 S3 存储桶；请检查存储桶名称</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="38"/>
        <source>an Amazon Translate limit was reached (at most 10 concurrent batch jobs); wait for running jobs to finish</source>
        <translation>已达到 Amazon Translate 的上限（最多 10 个并发批量作业）；请等待运行中的任务完成</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="40"/>
        <source>the text is over Amazon Translate&apos;s size limit for one request</source>
        <translation>文本超过了 Amazon Translate 单次请求的大小上限</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="41"/>
        <source>Amazon Translate does not support this language pair</source>
        <translation>Amazon Translate 不支持此语言对</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="42"/>
        <source>unsupported display language</source>
        <translation>不支持的显示语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="43"/>
        <source>Amazon Translate could not detect the source language</source>
        <translation>Amazon Translate 无法识别源语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="44"/>
        <source>a setting has a value Amazon Translate refuses</source>
        <translation>某项设置的值被 Amazon Translate 拒绝</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="45"/>
        <source>Amazon Translate has no such resource in this region</source>
        <translation>Amazon Translate 在此区域中没有该资源</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="46"/>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="47"/>
        <source>Amazon Translate kept throttling the requests; try again in a few minutes</source>
        <translation>Amazon Translate 持续限制请求速率；请过几分钟再试</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="48"/>
        <source>Amazon Translate is unavailable right now; try again later</source>
        <translation>Amazon Translate 暂时不可用；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="57"/>
        <source>{doing}: no AWS credentials found. Set an AWS profile or access keys in the Amazon Translate settings, or configure the default chain (AWS_PROFILE, ~/.aws/credentials, an instance role)</source>
        <translation>{doing}：未找到 AWS 凭证。请在 Amazon Translate 设置中填写 AWS 配置文件或访问密钥，或配置默认凭证链（AWS_PROFILE、~/.aws/credentials、实例角色）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="66"/>
        <source>{doing}: AWS refused the credentials ({code}). Check the access key and secret (or the profile) in the Amazon Translate settings</source>
        <translation>{doing}：AWS 拒绝了凭证（{code}）。请检查 Amazon Translate 设置中的访问密钥和私有密钥（或配置文件）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="76"/>
        <source>{doing}: {code}: {said}</source>
        <translation>{doing}：{code}：{said}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="77"/>
        <source>{doing}: {code}: {said} — {hint}</source>
        <translation>{doing}：{code}：{said}——{hint}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="81"/>
        <source>{doing}: {reason}. Check the network connection, and the region and endpoint in the Amazon Translate settings; offline, draft with the translation memory</source>
        <translation>{doing}：{reason}。请检查网络连接，以及 Amazon Translate 设置中的区域和端点；离线时请用翻译记忆库生成初稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="88"/>
        <source>{doing}: {reason}</source>
        <translation>{doing}：{reason}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/errors.py" line="89"/>
        <source>{doing}: {kind}: {reason}</source>
        <translation>{doing}：{kind}：{reason}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="99"/>
        <source>Amazon Translate gave a download location that is not a URL: {url!r}</source>
        <translation>Amazon Translate 给出的下载地址不是 URL：{url!r}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="104"/>
        <source>downloading the parallel data failed: {reason}</source>
        <translation>下载平行数据失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="106"/>
        <source>the parallel data is over {limit} MB; not downloaded</source>
        <translation>平行数据超过 {limit} MB；未下载</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="141"/>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="143"/>
        <source>reading parallel data {name!r}</source>
        <translation>读取平行数据 {name!r}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="168"/>
        <source>parallel data {name!r} disappeared while it was being updated</source>
        <translation>平行数据 {name!r} 在更新过程中消失了</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="177"/>
        <source>stopped waiting; Amazon Translate goes on importing {name!r} — see `amts pairs status`</source>
        <translation>已停止等待；Amazon Translate 仍在导入 {name!r}——请查看 `amts pairs status`</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="206"/>
        <source>Amazon Translate is busy with another parallel-data create/update ({code}) and still was after {conflict_retries} retries; push again later</source>
        <translation>Amazon Translate 正忙于另一项平行数据的创建或更新（{code}），重试 {conflict_retries} 次后仍然如此；请稍后再推送</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="212"/>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="214"/>
        <source>sending parallel data {name!r}</source>
        <translation>发送平行数据 {name!r}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="255"/>
        <source>uploading {count} pairs</source>
        <translation>正在上传 {count} 个句对</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="266"/>
        <source>uploading the parallel data to s3://{bucket}/{key}</source>
        <translation>上传平行数据到 s3://{bucket}/{key}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="292"/>
        <source>the project has no {granularity} pairs to push; align a chapter or accept edits first</source>
        <translation>项目没有可推送的 {granularity} 句对；请先对齐章节或确认译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="391"/>
        <source>parallel data {name!r} does not exist in {region}; nothing to pull</source>
        <translation>平行数据 {name!r} 在 {region} 中不存在；无可拉取的内容</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="401"/>
        <source>parallel data {name!r} has no active data to download ({status})</source>
        <translation>平行数据 {name!r} 没有可下载的有效数据（{status}）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/parallel_data.py" line="416"/>
        <source>the parallel data downloaded from Amazon Translate is unreadable: {reason}</source>
        <translation>从 Amazon Translate 下载的平行数据无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/realtime.py" line="36"/>
        <source>segment {id} is {size:,} bytes as sent (HTML with protected markup); TranslateText takes at most {limit:,} bytes per call. Split the sentence in the source chapter, or translate it by hand</source>
        <translation>句段 {id} 发送时为 {size:,} 字节（含受保护标记的 HTML）；TranslateText 每次调用最多接受 {limit:,} 字节。请在原文章节中拆分该句，或手工翻译</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/realtime.py" line="70"/>
        <source>drafting with Amazon Translate needs its settings (Settings ▸ Amazon Translate)</source>
        <translation>用 Amazon Translate 生成初稿需要先完成设置（设置 ▸ Amazon Translate）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/realtime.py" line="88"/>
        <source>TranslateText for segment {id}</source>
        <translation>句段 {id} 的 TranslateText 调用</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/services.py" line="74"/>
        <source>AWS profile problem: {reason}; check the profile name in the settings</source>
        <translation>AWS 配置文件有问题：{reason}；请检查设置中的配置文件名</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/services.py" line="86"/>
        <source>Amazon Translate in {region}</source>
        <translation>{region} 的 Amazon Translate</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/services.py" line="98"/>
        <source>S3 bucket {bucket}</source>
        <translation>S3 存储桶 {bucket}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/catalog.py" line="117"/>
        <source>unknown engine {name!r}; use one of {engines}</source>
        <translation>未知引擎 {name!r}；请使用以下之一：{engines}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/catalog.py" line="152"/>
        <source>unknown variant {key!r}; use {variants}</source>
        <translation>未知变体 {key!r}；请使用 {variants}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/costs.py" line="31"/>
        <source>ACT batch</source>
        <translation>ACT 批量</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/costs.py" line="31"/>
        <source>standard realtime</source>
        <translation>标准实时</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/costs.py" line="34"/>
        <source>{segments} segments, {characters:,} characters ({kind}); not an Amazon endpoint: no charge</source>
        <translation>{segments} 个句段，{characters:,} 个字符（{kind}）；不是 Amazon 的端点：不收费</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/costs.py" line="40"/>
        <source>{segments} segments, {characters:,} characters × ${rate:.2f} per million ({kind}) ≈ ${cost:.2f}</source>
        <translation>{segments} 个句段，{characters:,} 个字符 × 每百万字符 ${rate:.2f}（{kind}）≈ ${cost:.2f}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/repetitions.py" line="48"/>
        <source>segment {segment_id} has no accepted translation to fill in</source>
        <translation>句段 {segment_id} 没有可填入的已确认译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/repetitions.py" line="51"/>
        <source>a translation with QA errors is not filled in elsewhere; fix it first</source>
        <translation>有质检错误的译文不会填入其他位置；请先修正</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/jobs.py" line="121"/>
        <source>no batch job {job} in this project; `amts jobs PROJECT` lists them</source>
        <translation>项目中没有批量作业 {job}；`amts jobs PROJECT` 会列出所有作业</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/parallel/encodings.py" line="74"/>
        <source>{path}: declares the encoding {encoding!r}, which is not known; save the file as UTF-8</source>
        <translation>{path}：声明的编码 {encoding!r} 无法识别；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/bilingual/xliff_import.py" line="35"/>
        <source>{path}: the file names no chapter; give it with --chapter</source>
        <translation>{path}：文件没有写明章节；请用 --chapter 指定</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/bilingual/xliff_import.py" line="73"/>
        <source>{path}: its target language is {found}, the project&apos;s is {wanted}</source>
        <translation>{path}：其目标语言是 {found}，而项目的是 {wanted}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/bilingual/xliff_read.py" line="117"/>
        <source>{path}: not an XLIFF file (the root element is &lt;{tag}&gt;)</source>
        <translation>{path}：不是 XLIFF 文件（根元素是 &lt;{tag}&gt;）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/bilingual/xliff_read.py" line="132"/>
        <source>{path}: XLIFF version {version!r} is not read here; use 1.2 or 2.x</source>
        <translation>{path}：不支持 XLIFF 版本 {version!r}；请使用 1.2 或 2.x</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/bilingual/xliff_write.py" line="115"/>
        <source>unknown XLIFF version {version!r}; use one of {versions}</source>
        <translation>未知的 XLIFF 版本 {version!r}；请使用 {versions} 之一</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/terms/files.py" line="51"/>
        <source>{path}, line {number}: needs a {source} term and a {target} term</source>
        <translation>{path}，第 {number} 行：需要一个 {source} 术语和一个 {target} 术语</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/terms/files.py" line="85"/>
        <source>{path}: unknown glossary format {suffix!r}; use .md (D2L), .csv, .tsv, .tbx or .tmx</source>
        <translation>{path}：未知的术语表格式 {suffix!r}；请用 .md（D2L）、.csv、.tsv、.tbx 或 .tmx</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/terms/files.py" line="107"/>
        <source>unknown glossary format {fmt!r}; use md, csv, tsv, tbx or tmx</source>
        <translation>未知的术语表格式 {fmt!r}；请用 md、csv、tsv、tbx 或 tmx</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/qa.py" line="141"/>
        <source>{term}: {wrong}, use {preferred}</source>
        <translation>{term}：{wrong}，应使用 {preferred}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/qa.py" line="145"/>
        <source>{term} → {preferred}</source>
        <translation>{term} → {preferred}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/terms.py" line="93"/>
        <source>select the term in the source and its translation in the final, then add it</source>
        <translation>请在原文中选中术语、在译文中选中它的译法，然后再添加</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/terms.py" line="116"/>
        <source>a glossary entry needs its source term</source>
        <translation>术语条目需要源语术语</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/terms.py" line="118"/>
        <source>{term}: give a translation, or mark the term to keep as it is</source>
        <translation>{term}：请填写译法，或将该术语标为保持原样</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/terms.py" line="130"/>
        <source>{term} is in the glossary already; edit that entry</source>
        <translation>{term} 已在术语表中；请编辑那一条</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/settings.py" line="73"/>
        <source>{what} {name!r} is not allowed by Amazon Translate: use letters, digits and hyphens, with single underscores between them</source>
        <translation>Amazon Translate 不接受{what} {name!r}：请只用字母、数字和连字符，其间可用单个下划线</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/settings.py" line="130"/>
        <source>Amazon Translate has no formality setting for {lang} (it has for {known}); leave it unset</source>
        <translation>Amazon Translate 没有 {lang} 的正式程度设置（支持：{known}）；请不要设置</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/terms/terminology_csv.py" line="50"/>
        <source>{term}: no translation, only forbidden ones</source>
        <translation>{term}：没有译法，只有禁用的译法</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/terms/terminology_csv.py" line="54"/>
        <source>{term}: over {limit} bytes</source>
        <translation>{term}：超过 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/terminology.py" line="44"/>
        <source>the glossary is empty: import one first (`amts terms import`)</source>
        <translation>术语表为空：请先导入（`amts terms import`）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/terminology.py" line="48"/>
        <source>every glossary entry is flagged ambiguous; push them with --include-ambiguous if you mean it</source>
        <translation>术语表的每个条目都被标为有歧义；如确需推送，请使用 --include-ambiguous</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/terminology.py" line="53"/>
        <source>the glossary is over 10 MB as Amazon&apos;s CSV; Amazon Translate takes at most 10 MB</source>
        <translation>术语表转成 Amazon 的 CSV 后超过 10 MB；Amazon Translate 最多接受 10 MB</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/terminology.py" line="55"/>
        <source>no term of the glossary fits Amazon&apos;s limit of 200 bytes</source>
        <translation>术语表中没有一个术语在 Amazon 的 200 字节限制之内</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/terminology.py" line="59"/>
        <source>AMTS Studio glossary, {terms} terms</source>
        <translation>AMTS Studio 术语表，{terms} 个术语</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/terminology.py" line="65"/>
        <source>ImportTerminology {name}</source>
        <translation>ImportTerminology {name}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/cli/terms.py" line="44"/>
        <source>{out}: give --format md, csv, tsv, tbx or tmx</source>
        <translation>{out}：请给出 --format md、csv、tsv、tbx 或 tmx</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/terms/exchange.py" line="141"/>
        <source>{path}: not a TBX file (the root element is &lt;{tag}&gt;)</source>
        <translation>{path}：不是 TBX 文件（根元素是 &lt;{tag}&gt;）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/terms/exchange.py" line="157"/>
        <source>{path}: no term entry has both {source} and {target} terms</source>
        <translation>{path}：没有一个术语条目同时含有 {source} 和 {target} 术语</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/terms/exchange.py" line="229"/>
        <source>{path}: no unit has both {source} and {target} text</source>
        <translation>{path}：没有一个翻译单元同时含有 {source} 和 {target} 文本</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/control.py" line="46"/>
        <source>the from-scratch share must be between 0 and 50 %, not {share:.0%}</source>
        <translation>从零翻译对照的比例必须在 0 到 50 % 之间，而不是 {share:.0%}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/export.py" line="45"/>
        <source>{path}: --out-root must be a folder, not a file</source>
        <translation>{path}：--out-root 必须是文件夹，不能是文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/export.py" line="51"/>
        <source>{name}: the chapter&apos;s path leads outside {path}</source>
        <translation>{name}：该章节的路径指向 {path} 之外</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/export.py" line="71"/>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}：无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/amazon/job_documents.py" line="81"/>
        <source>the chapters need {jobs} batch jobs and only {free} can start now (Amazon Translate runs 10 at a time); translate fewer chapters, or wait for running jobs (`amts jobs --resume`)</source>
        <translation>这些章节需要 {jobs} 个批处理作业，但现在只能启动 {free} 个（Amazon Translate 同时最多运行 10 个）；请少译几章，或等待正在运行的作业（`amts jobs --resume`）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/targets.py" line="56"/>
        <source>{path}: already translates into {lang}</source>
        <translation>{path}：已有目标语言 {lang}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/targets.py" line="58"/>
        <source>{lang} is the project&apos;s source language, not a target</source>
        <translation>{lang} 是项目的源语言，不能作为目标语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/targets.py" line="60"/>
        <source>{root}: reference root is not a directory</source>
        <translation>{root}：参考译文根目录不是文件夹</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/targets.py" line="77"/>
        <source>{lang} is the project&apos;s only target language; a project needs one</source>
        <translation>{lang} 是项目唯一的目标语言；项目至少需要一种</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/targets.py" line="84"/>
        <source>{lang} has {n} batch jobs still running; fetch or stop them first (`amts jobs PROJECT`)</source>
        <translation>{lang} 还有 {n} 个批量作业在运行；请先取回结果或停止它们（`amts jobs PROJECT`）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/targets.py" line="147"/>
        <source>no QA rule {rule!r}; the rules are {known}</source>
        <translation>没有 QA 规则 {rule!r}；可用的规则：{known}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/punctuation.py" line="48"/>
        <source>{mark} without {opening}</source>
        <translation>{mark} 缺少开头的 {opening}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/text/punctuation.py" line="85"/>
        <source>no space after a sentence end ({count}): {where}</source>
        <translation>句末后缺少空格（{count} 处）：{where}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/pipeline/plan.py" line="72"/>
        <source>parallel data {name!r} is also {other}&apos;s; give {target} its own (`amts targets set PROJECT {target} --parallel-data-name NAME`)</source>
        <translation>平行数据 {name!r} 也属于 {other}；请给 {target} 单独命名（`amts targets set PROJECT {target} --parallel-data-name NAME`）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/pipeline/run.py" line="131"/>
        <source>started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/pipeline/run.py" line="136"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/pipeline/run.py" line="141"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/pipeline/run.py" line="161"/>
        <source>chapters aligned: {aligned}, unchanged: {skipped}</source>
        <translation>已对齐章节：{aligned}，未变：{skipped}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/pipeline/run.py" line="172"/>
        <source>{name}: {status}, pairs: {pairs} ({version})</source>
        <translation>{name}：{status}，句对：{pairs}（{version}）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/pipeline/run.py" line="221"/>
        <source>drafts fetched: {drafts}</source>
        <translation>已取回初稿：{drafts}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/pipeline/run.py" line="181"/>
        <source>parallel data {name!r} failed to import: {detail}</source>
        <translation>平行数据 {name!r} 导入失败：{detail}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/pipeline/run.py" line="196"/>
        <source>segments sent: {segments}; new jobs: {new}; jobs at Amazon: {running}; queued: {waiting}</source>
        <translation>已发送句段：{segments}；新作业：{new}；Amazon 上的作业：{running}；排队：{waiting}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/pipeline/run.py" line="216"/>
        <source>jobs: {states}</source>
        <translation>作业：{states}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/open_projects.py" line="90"/>
        <source>{path}: is a file of the project that is open; choose another file</source>
        <translation>{path}：是当前打开的项目的文件；请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/marks.py" line="24"/>
        <source>segment {segment_id} is locked; unlock it first (Ctrl+L)</source>
        <translation>句段 {segment_id} 已锁定；请先解锁（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/marks.py" line="58"/>
        <source>segment {segment_id}: a comment holds at most {n} characters</source>
        <translation>句段 {segment_id}：批注最多 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/replace.py" line="56"/>
        <source>type what to find (at most {n} characters)</source>
        <translation>请输入要查找的内容（最多 {n} 个字符）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/replace.py" line="66"/>
        <source>not a regular expression: {reason}</source>
        <translation>不是有效的正则表达式：{reason}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/replace.py" line="138"/>
        <source>only the target can be replaced; the source is the author&apos;s</source>
        <translation>只能替换译文；原文属于作者</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/replace.py" line="162"/>
        <source>not a replacement for this expression: {reason}</source>
        <translation>替换内容与该表达式不符：{reason}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/replace.py" line="179"/>
        <source>segment {number} of {chapter} changed since the search; search again</source>
        <translation>{chapter} 的句段 {number} 在查找之后已改动；请重新查找</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/term_senses.py" line="65"/>
        <source>{term} is not in the glossary</source>
        <translation>术语表中没有 {term}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/term_senses.py" line="74"/>
        <source>{term}: give the phrase in which the term does not apply</source>
        <translation>{term}：请给出该术语不适用的短语</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/term_senses.py" line="79"/>
        <source>{term} is not in “{phrase}”: give a phrase that holds the term</source>
        <translation>“{phrase}”中没有 {term}：请给出包含该术语的短语</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/term_senses.py" line="83"/>
        <source>“{phrase}” is the term itself: add the words around it (or delete the entry)</source>
        <translation>“{phrase}”就是术语本身：请加上它周围的词（或删除该条目）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/project/term_survey.py" line="47"/>
        <source>measuring term use</source>
        <translation>正在统计术语用法</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/terms/d2l_lists.py" line="155"/>
        <source>{path}, line {number}: not a `{layout}` line: {line!r}</source>
        <translation>{path}，第 {number} 行：不是 `{layout}` 格式的行：{line!r}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/core/terms/d2l_lists.py" line="169"/>
        <source>{path}: the D2L term list is English–{language}; the project is {source} → {target}</source>
        <translation>{path}：这份 D2L 术语表是英语–{language}的；项目是 {source} → {target}</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="24"/>
        <source>Repetitions</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="25"/>
        <source>Cross-file repetitions</source>
        <translation>跨文件重复</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="26"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="27"/>
        <source>95–99 %</source>
        <translation>95–99 %</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="28"/>
        <source>85–94 %</source>
        <translation>85–94 %</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="29"/>
        <source>75–84 %</source>
        <translation>75–84 %</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="30"/>
        <source>50–74 %</source>
        <translation>50–74 %</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="31"/>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="46"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="50"/>
        <source>All chapters</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="55"/>
        <source>Characters (CJK)</source>
        <translation>字数（按字符）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="55"/>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="56"/>
        <source>Segments</source>
        <translation>句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="56"/>
        <source>Billed characters</source>
        <translation>计费字符</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="57"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="66"/>
        <source>Counted as Trados counts: a 100 % match stays 100 % when it repeats; repetitions across chapters apart; a difference only in numbers or code is 100 % when the memory repairs it; a number is one word, and each Chinese or Japanese character is one word.</source>
        <translation>按 Trados 的规则统计：重复出现的 100% 匹配仍算 100%；跨章节的重复单独列出；仅数字或代码不同且记忆库能修复的匹配算 100%；一个数字算一个词，每个中文或日文字符算一个词。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="105"/>
        <source>Amazon Translate would bill {0:,} characters: realtime ${1:.2f}, ACT batch ${2:.2f}.</source>
        <translation>Amazon Translate 将按 {0:,} 个字符计费：实时翻译 ${1:.2f}，ACT 批量 ${2:.2f}。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="109"/>
        <source>List prices as checked on {0} (${1:.2f} and ${2:.2f} per million); set yours in Settings.</source>
        <translation>按 {0} 核对的标价（每百万字符 ${1:.2f} 和 ${2:.2f}）；可在设置中改为你的价格。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/analysis_dialog.py" line="111"/>
        <source>The project&apos;s prices: ${0:.2f} and ${1:.2f} per million.</source>
        <translation>本项目的价格：每百万字符 ${0:.2f} 和 ${1:.2f}。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../amts_gui/gui/app.py" line="176"/>
        <source>No chapter named {0}</source>
        <translation>没有名为 {0} 的章节</translation>
    </message>
</context>
<context>
    <name>AwsSettingsPanel</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="40"/>
        <source>AWS profile</source>
        <translation>AWS 配置文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="41"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="42"/>
        <source>S3 bucket</source>
        <translation>S3 存储桶</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="43"/>
        <source>S3 prefix</source>
        <translation>S3 前缀</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="44"/>
        <source>DataAccessRoleArn</source>
        <translation>DataAccessRoleArn</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="45"/>
        <source>Parallel-data name</source>
        <translation>平行数据名称</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="46"/>
        <source>Terminology name</source>
        <translation>术语库名称</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="47"/>
        <source>Amazon Translate endpoint</source>
        <translation>Amazon Translate 端点</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="48"/>
        <source>S3 endpoint</source>
        <translation>S3 端点</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="59"/>
        <source>Standard rate (USD / million chars)</source>
        <translation>标准价格（美元 / 百万字符）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="60"/>
        <source>ACT rate (USD / million chars)</source>
        <translation>ACT 价格（美元 / 百万字符）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="109"/>
        <source>The parallel-data name, the terminology name and the formality are {0}&apos;s own; switch the target in the toolbar to set another&apos;s.</source>
        <translation>平行数据名称、术语库名称和正式程度是 {0} 专有的设置；要设置其他目标语言的，请在工具栏中切换目标语言。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="118"/>
        <source>Amazon Translate has no formality setting for {0}</source>
        <translation>Amazon Translate 没有 {0} 的正式程度设置</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="124"/>
        <source>(the service&apos;s default)</source>
        <translation>（服务的默认值）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="125"/>
        <source>Formal</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="126"/>
        <source>Informal</source>
        <translation>非正式</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="62"/>
        <source>Formality</source>
        <translation>正式程度</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="54"/>
        <source>empty: Amazon&apos;s, by region</source>
        <translation>留空：按区域使用 Amazon 的端点</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="89"/>
        <source>empty: use the profile or boto3&apos;s default chain</source>
        <translation>留空：使用配置文件或 boto3 的默认凭证链</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="93"/>
        <source>•••• stored</source>
        <translation>•••• 已保存</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="94"/>
        <source>Access key id</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="95"/>
        <source>Secret access key</source>
        <translation>私有访问密钥</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="97"/>
        <source>Keys are kept in the system keyring, never in the project file.</source>
        <translation>密钥保存在系统密钥环中，绝不写入项目文件。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="99"/>
        <source>No keyring is available: keys are kept in memory until AMTS Studio quits.</source>
        <translation>没有可用的密钥环：密钥仅保存在内存中，直到退出 AMTS Studio。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="66"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="161"/>
        <source>The parallel-data name may hold letters, digits, hyphens and single underscores.</source>
        <translation>平行数据名称只能包含字母、数字、连字符和单个下划线。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="163"/>
        <source>The terminology name may hold letters, digits, hyphens and single underscores.</source>
        <translation>术语库名称只能包含字母、数字、连字符和单个下划线。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="166"/>
        <source>The {0} endpoint must be an http(s) URL with a host, or empty for Amazon&apos;s.</source>
        <translation>{0} 端点必须是带主机名的 http(s) URL，留空则使用 Amazon 的端点。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="187"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../amts_gui/gui/dashboard/score_charts.py" line="110"/>
        <source>{0}: no drafts with a reference to score yet</source>
        <translation>{0}：尚无可对照参考译文评分的初稿</translation>
    </message>
</context>
<context>
    <name>ChapterActions</name>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="29"/>
        <source>&amp;Import chapters…</source>
        <translation>导入章节(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="30"/>
        <source>&amp;Export chapter Markdown…</source>
        <translation>导出章节 Markdown(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="31"/>
        <source>Export &amp;book…</source>
        <translation>导出整本书(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="49"/>
        <source>reading the files</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="67"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="67"/>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/chapters.py" line="59"/>
        <source>Imported %n chapter(s)</source>
        <translation>
            <numerusform>已导入 %n 个章节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="65"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="77"/>
        <source>Export chapter</source>
        <translation>导出章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="85"/>
        <source>Cannot export {0}: {1}</source>
        <translation>无法导出 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="87"/>
        <source> ({0} QA warnings)</source>
        <translation>（{0} 条 QA 警告）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="88"/>
        <source>Wrote {0}{1}</source>
        <translation>已写入 {0}{1}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="92"/>
        <source>Export book into folder</source>
        <translation>将整本书导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="103"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="104"/>
        <source>Exported the book into {0}{1}: </source>
        <translation>已将整本书导出到 {0}{1}：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/chapters.py" line="105"/>
        <source>%n chapter(s) written</source>
        <translation>
            <numerusform>写入 %n 章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="106"/>
        <source>{0} unchanged</source>
        <translation>{0} 章未变</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="108"/>
        <source>, {0} QA warnings</source>
        <translation>，{0} 条 QA 警告</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="111"/>
        <source>Exporting the book</source>
        <translation>正在导出整本书</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="111"/>
        <source>rendering…</source>
        <translation>正在生成…</translation>
    </message>
</context>
<context>
    <name>ChapterTree</name>
    <message>
        <location filename="../../amts_gui/gui/chapter_tree.py" line="22"/>
        <location filename="../../amts_gui/gui/chapter_tree.py" line="50"/>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/chapter_tree.py" line="22"/>
        <location filename="../../amts_gui/gui/chapter_tree.py" line="49"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/chapter_tree.py" line="43"/>
        <source>{0} of %n segment(s) accepted</source>
        <translation>
            <numerusform>%n 个句段中已确认 {0} 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/chapter_tree.py" line="84"/>
        <source>{0}: {1} of %n segment(s) accepted</source>
        <translation>
            <numerusform>{0}：%n 个句段中已确认 {1} 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChipTextEdit</name>
    <message>
        <location filename="../../amts_gui/gui/review/placeholder_edit.py" line="145"/>
        <source>Press again to delete the placeholder {0}</source>
        <translation>再按一次以删除占位符 {0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/placeholder_edit.py" line="262"/>
        <source>This segment has no placeholder {0}</source>
        <translation>此句段没有占位符 {0}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="180"/>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="291"/>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="180"/>
        <source>Segments</source>
        <translation>句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="159"/>
        <source>Draft</source>
        <translation>初稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="114"/>
        <source>Project drafts</source>
        <translation>项目草稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="115"/>
        <source>Last evaluation run (leave-one-out)</source>
        <translation>最近一次评估（留一法）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="121"/>
        <source>0–1 scale (as in the study)</source>
        <translation>0–1 分制（与研究一致）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="124"/>
        <source>Refresh scores</source>
        <translation>刷新评分</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="126"/>
        <source>Score the drafts again (F5)</source>
        <translation>重新为草稿评分（F5）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="127"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="133"/>
        <source>Scores of</source>
        <translation>评分来源</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="135"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="159"/>
        <source>Sentence BLEU</source>
        <translation>句子 BLEU</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="159"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="159"/>
        <source>Reference</source>
        <translation>参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="170"/>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="92"/>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="347"/>
        <source>Worst segments</source>
        <translation>得分最低的句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="93"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="95"/>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="97"/>
        <source>Targets</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="215"/>
        <source>Scoring…</source>
        <translation>正在评分…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="229"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="237"/>
        <source>No evaluation run yet: run `amts evaluate PROJECT --chapters … --out DIR`.</source>
        <translation>尚无评估：请运行 `amts evaluate PROJECT --chapters … --out DIR`。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="239"/>
        <source>Nothing to score yet.</source>
        <translation>暂无可评分的内容。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="257"/>
        <source>BLEU</source>
        <translation>BLEU</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="258"/>
        <source>HTER (post-edit)</source>
        <translation>HTER（译后编辑）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="270"/>
        <source>0–1 scale</source>
        <translation>0–1 分制</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="270"/>
        <source>0–100 scale</source>
        <translation>0–100 分制</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="273"/>
        <source>Project drafts may have used the chapter&apos;s own pairs; `amts evaluate` gives leave-one-out figures.</source>
        <translation>项目草稿可能用到了本章自己的句对；`amts evaluate` 给出留一法的结果。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="276"/>
        <source>Evaluation run of {0}.</source>
        <translation>{0} 的评估。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="288"/>
        <source>edit ratio</source>
        <translation>编辑比例</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="288"/>
        <source>unchanged</source>
        <translation>未改动</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="308"/>
        <source>{0} of %n unit(s) translated</source>
        <translation>
            <numerusform>%n 个单元中已翻译 {0} 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="416"/>
        <source>{0} of %n segment(s) accepted ({1} %)</source>
        <translation>
            <numerusform>%n 个句段中已确认 {0} 个（{1} %）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="310"/>
        <source>{0} accepted segments, {1} with a draft</source>
        <translation>{0} 个已接受句段，其中 {1} 个有草稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="314"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="352"/>
        <source>{0}: the project&apos;s {1} drafts, lowest sentence BLEU first (Enter opens the segment)</source>
        <translation>{0}：项目的 {1} 草稿，按句子 BLEU 从低到高（回车打开该句段）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="373"/>
        <source>Export the scores to a folder</source>
        <translation>将评分导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="384"/>
        <source>AMTS Studio scores</source>
        <translation>AMTS Studio 评分</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="392"/>
        <source>{0} per chapter</source>
        <translation>各章 {0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="393"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
</context>
<context>
    <name>DraftingActions</name>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="46"/>
        <source>Draft chapter from translation &amp;memory</source>
        <translation>用翻译记忆库翻译本章(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="49"/>
        <source>Draft chapter with Amazon Translate (without ACT)…</source>
        <translation>用 Amazon Translate 翻译本章（不用 ACT）…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="53"/>
        <source>Start an ACT &amp;batch job for the chapter…</source>
        <translation>为本章启动 ACT 批量作业(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="54"/>
        <source>&amp;Check batch jobs</source>
        <translation>检查批量作业(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="55"/>
        <source>A&amp;nalyze: words per match band and cost…</source>
        <translation>分析(&amp;N)：各匹配区间的字数与费用…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="56"/>
        <source>Translate chapter</source>
        <translation>翻译本章</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="59"/>
        <source>Translate selected</source>
        <translation>翻译所选句段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/drafting.py" line="96"/>
        <source>%n ACT job(s) running</source>
        <translation>
            <numerusform>%n 个 ACT 作业正在运行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="98"/>
        <source>Last ACT job: {0}</source>
        <translation>最近的 ACT 作业：{0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="111"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="112"/>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="113"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="114"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="115"/>
        <source>partly done</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="116"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="117"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="169"/>
        <source>Choose a chapter first.</source>
        <translation>请先选择一个章节。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="180"/>
        <source>Nothing to send: every segment chosen has your translation.</source>
        <translation>没有要发送的内容：所选的每个句段都已有您的译文。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="182"/>
        <source>Translate {0} with {1}?

{2}

This uses your AWS account.</source>
        <translation>用{1}翻译 {0}？

{2}

这会使用您的 AWS 账户（产生费用）。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="185"/>
        <source>Cost preview</source>
        <translation>费用预估</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="185"/>
        <source>Translate (paid)</source>
        <translation>翻译（付费）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="188"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="190"/>
        <source>Memory</source>
        <translation>记忆库</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/drafting.py" line="191"/>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="355"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n 条初稿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/drafting.py" line="193"/>
        <source>%n segment(s) without a draft</source>
        <translation>
            <numerusform>%n 个句段没有初稿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/drafting.py" line="195"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 次请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/drafting.py" line="197"/>
        <source>%n segment(s) with your translation left as they are</source>
        <translation>
            <numerusform>%n 个已有您译文的句段保持不变</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="198"/>
        <source>{0}{1}: {2}</source>
        <translation>{0}{1}：{2}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="198"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="200"/>
        <source>. </source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="201"/>
        <source>The memory is empty: align chapters with their reference (Ctrl+Shift+A) or import a TMX first.</source>
        <translation>记忆库是空的：请先将章节与参考译文对齐（Ctrl+Shift+A），或导入 TMX。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="217"/>
        <source>Select the segments to translate first.</source>
        <translation>请先选择要翻译的句段。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="238"/>
        <source>Draft again?</source>
        <translation>重新生成草稿？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/drafting.py" line="239"/>
        <source>%n of the selected segments have your translation (edited or accepted).</source>
        <translation>
            <numerusform>所选句段中有 %n 个已有您的译文（已编辑或已确认）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="243"/>
        <source>A new draft does not change your text; it shows beside it.</source>
        <translation>新草稿不会改动您的译文，只会显示在旁边。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="244"/>
        <source>Draft them again too</source>
        <translation>也为它们重新生成草稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="245"/>
        <source>Only the others</source>
        <translation>只处理其余句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="266"/>
        <source>preparing {0}</source>
        <translation>正在准备{0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="273"/>
        <source>Translating…</source>
        <translation>正在翻译…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="289"/>
        <source>uploading the chapter and starting the job</source>
        <translation>正在上传章节并启动作业</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="297"/>
        <source>Batch job {0} is {1}; its drafts arrive when it ends (checked every minute, F6 to check now)</source>
        <translation>批量作业 {0} 状态为 {1}；作业结束后草稿会自动到达（每分钟检查一次，按 F6 立即检查）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="301"/>
        <source>ACT batch job</source>
        <translation>ACT 批量作业</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="301"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="310"/>
        <source>matching against the memory</source>
        <translation>正在与翻译记忆匹配</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="320"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="320"/>
        <source>Matching against the memory…</source>
        <translation>正在与翻译记忆匹配…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="328"/>
        <source>Batch jobs</source>
        <translation>批量作业</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="328"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="351"/>
        <source>No unfinished batch jobs.</source>
        <translation>没有未完成的批量作业。</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="71"/>
        <source>Type the translation; Ctrl+Enter accepts it and moves on</source>
        <translation>输入译文；按 Ctrl+Enter 确认并转到下一句</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="72"/>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="238"/>
        <source>Draft</source>
        <translation>初稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="96"/>
        <source>Comment (Ctrl+M; Enter keeps it)</source>
        <translation>批注（Ctrl+M；回车保存）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="113"/>
        <source>Accept (Ctrl+Enter)</source>
        <translation>确认（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="117"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="122"/>
        <source>Reference</source>
        <translation>参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="124"/>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="149"/>
        <source>Diff: draft → final</source>
        <translation>差异：初稿 → 定稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="149"/>
        <source>Diff: draft ↔ reference</source>
        <translation>差异：初稿 ↔ 参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="158"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="158"/>
        <source>Suggestion</source>
        <translation>建议译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="158"/>
        <source>Memory source</source>
        <translation>记忆库原文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="170"/>
        <source>Translation memory and concordance (Enter or double-click to use)</source>
        <translation>翻译记忆与语料检索（按 Enter 或双击使用）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="174"/>
        <source>Glossary terms (Alt+1…9 inserts; Ctrl+Shift+G adds a term)</source>
        <translation>术语（Alt+1…9 插入；Ctrl+Shift+G 添加术语）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="206"/>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="257"/>
        <source>Locked: the final cannot change (Ctrl+L unlocks it).</source>
        <translation>已锁定：终稿不能修改（Ctrl+L 解锁）。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="237"/>
        <source>Draft hidden: translate this one from scratch (a control for the editing log)</source>
        <translation>初稿已隐藏：请从零翻译本句（编辑日志的对照句）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="238"/>
        <source>Draft ({0})</source>
        <translation>初稿（{0}）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="250"/>
        <source>This segment has no glossary term {0}</source>
        <translation>本句没有第 {0} 个术语</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="275"/>
        <source>Only the form of the source changed ({0}); the translation was carried:</source>
        <translation>原文只改了形式（{0}），沿用了原译文：</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="278"/>
        <source>Source changed since this translation was made:</source>
        <translation>此译文完成后原文有改动：</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="280"/>
        <source>The memory&apos;s sentence differs:</source>
        <translation>记忆库中的句子不同：</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="291"/>
        <source>slide markers</source>
        <translation>幻灯片标记</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="292"/>
        <source>emphasis</source>
        <translation>强调</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="293"/>
        <source>code, math or roles</source>
        <translation>代码、公式或角色</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="294"/>
        <source>contractions</source>
        <translation>缩写</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="295"/>
        <source>case</source>
        <translation>大小写</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="296"/>
        <source>numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="297"/>
        <source>punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="298"/>
        <source>spacing</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="329"/>
        <source> (+{0} more)</source>
        <translation>（另有 {0} 项）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="335"/>
        <source>✓ QA</source>
        <translation>✓ 质检通过</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="353"/>
        <source>aligned</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="354"/>
        <source>accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="355"/>
        <source>imported</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <location filename="../../amts_gui/engines/catalog.py" line="83"/>
        <source>Translation memory</source>
        <translation>翻译记忆库</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/catalog.py" line="91"/>
        <source>Amazon Translate</source>
        <translation>Amazon Translate</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/catalog.py" line="99"/>
        <source>Amazon Translate + ACT (batch)</source>
        <translation>Amazon Translate + ACT（批量）</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../amts_gui/gui/common/file_dialogs.py" line="133"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>FileTypes</name>
    <message>
        <location filename="../../amts_gui/gui/common/file_dialogs.py" line="24"/>
        <source>AMTS project</source>
        <translation>AMTS 项目</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/file_dialogs.py" line="27"/>
        <source>Translation memory (TMX)</source>
        <translation>翻译记忆库（TMX）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/file_dialogs.py" line="30"/>
        <source>Glossary (TBX)</source>
        <translation>术语表（TBX）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/file_dialogs.py" line="34"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
</context>
<context>
    <name>FinalSpelling</name>
    <message>
        <location filename="../../amts_gui/gui/review/spelling.py" line="63"/>
        <source>No spelling mistakes.</source>
        <translation>没有拼写错误。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/spelling.py" line="65"/>
        <source>No spelling dictionary for this language.</source>
        <translation>此语言没有拼写词典。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/spelling.py" line="86"/>
        <source>(no suggestions)</source>
        <translation>（无建议）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/spelling.py" line="92"/>
        <source>Ignore “{0}”</source>
        <translation>忽略“{0}”</translation>
    </message>
</context>
<context>
    <name>GlossaryActions</name>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="48"/>
        <source>&amp;Import glossary…</source>
        <translation>导入术语表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="50"/>
        <source>&amp;Push glossary</source>
        <translation>推送术语表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="61"/>
        <source>No glossary</source>
        <translation>无术语表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="63"/>
        <source>%n term(s), not pushed</source>
        <translation>
            <numerusform>%n 个术语，未推送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="65"/>
        <source>%n term(s), changed since the push</source>
        <translation>
            <numerusform>%n 个术语，推送后有改动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="67"/>
        <source>%n term(s) on Amazon</source>
        <translation>
            <numerusform>%n 个术语已在 Amazon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="71"/>
        <source>Last glossary push {0}: {1}</source>
        <translation>上次推送术语表 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="46"/>
        <source>&amp;Add term from the selections…</source>
        <translation>用所选内容添加术语(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="47"/>
        <source>&amp;Edit terms…</source>
        <translation>编辑术语(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="49"/>
        <source>E&amp;xport glossary…</source>
        <translation>导出术语表(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="101"/>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="193"/>
        <source>Measuring term use…</source>
        <translation>正在统计术语用法…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="122"/>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="144"/>
        <source>Import glossary</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="122"/>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="159"/>
        <source>Glossaries ({0})</source>
        <translation>术语表 ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="140"/>
        <source>%n remark(s) on the file; see the details.</source>
        <translation>
            <numerusform>关于该文件有 %n 条说明，详见详细信息。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="157"/>
        <source>Export glossary</source>
        <translation>导出术语表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="174"/>
        <source>Wrote %n term(s) to {0}.</source>
        <translation>
            <numerusform>已将 %n 个术语写入 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="186"/>
        <source>measuring term use</source>
        <translation>正在统计术语用法</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="204"/>
        <source>%n entry(ies) flagged ambiguous stay out, since Amazon would force them into every sentence: {0}</source>
        <translation>
            <numerusform>%n 个标为有歧义的条目不推送，否则 Amazon 会把它们强加到每个含该词的句子里：{0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="210"/>
        <source>Push glossary</source>
        <translation>推送术语表</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="212"/>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="200"/>
        <source>It replaces the terminology of that name; realtime drafts and ACT jobs use it from then on.</source>
        <translation>它会替换同名的术语；此后实时草稿和 ACT 作业都会使用它。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="136"/>
        <source>Imported %n term(s): {0} new, {1} replaced, {2} unchanged</source>
        <translation>
            <numerusform>导入了 %n 个术语：新增 {0} 个，替换 {1} 个，未变 {2} 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="211"/>
        <source>Send %n term(s) to Amazon Translate as custom terminology {0}?</source>
        <translation>
            <numerusform>将 %n 个术语作为自定义术语 {0} 发送到 Amazon Translate？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="214"/>
        <source>Send the ambiguous entries too</source>
        <translation>同时发送有歧义的条目</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="225"/>
        <source>sending the glossary</source>
        <translation>正在发送术语表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="229"/>
        <source>Glossary pushed to {0}: %n term(s)</source>
        <translation>
            <numerusform>术语表已推送到 {0}：%n 个术语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="231"/>
        <source>(%n left out: longer than 200 bytes)</source>
        <translation>
            <numerusform>（%n 个未发送：超过 200 字节）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="101"/>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="193"/>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="237"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/glossary.py" line="233"/>
        <source>(%n ambiguous left out)</source>
        <translation>
            <numerusform>（%n 个有歧义的条目未推送）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/glossary.py" line="237"/>
        <source>Pushing the glossary…</source>
        <translation>正在推送术语表…</translation>
    </message>
</context>
<context>
    <name>GlossaryEditor</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="79"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="85"/>
        <source>Filter terms and translations</source>
        <translation>筛选术语和译法</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="89"/>
        <source>preferred first; more after /</source>
        <translation>首选译法在前；其他译法用 / 分隔</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="90"/>
        <source>translations not to use, separated by /</source>
        <translation>不应使用的译法，用 / 分隔</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="98"/>
        <source>Keep as is (do not translate)</source>
        <translation>保持原样（不翻译）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="100"/>
        <source>Case-sensitive</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="45"/>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="134"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="46"/>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="135"/>
        <source>Translation</source>
        <translation>译法</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="47"/>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="136"/>
        <source>Not</source>
        <translation>禁用译法</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="48"/>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="139"/>
        <source>Never in</source>
        <translation>不适用于</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="49"/>
        <source>Use</source>
        <translation>用法</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="50"/>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="137"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="92"/>
        <source>other ways the source writes it, separated by /</source>
        <translation>原文的其他写法，用 / 分隔</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="93"/>
        <source>phrases where it is not the term, e.g. toy example</source>
        <translation>该词不是术语的短语，用 / 分隔</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="94"/>
        <source>Ambiguous (not pushed to Amazon)</source>
        <translation>有歧义（不推送到 Amazon）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="138"/>
        <source>Also written</source>
        <translation>其他写法</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="147"/>
        <source>Show them again</source>
        <translation>重新显示</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="152"/>
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="153"/>
        <source>New entry</source>
        <translation>新条目</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="154"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="155"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="156"/>
        <source>Measure use</source>
        <translation>统计用法</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="157"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="199"/>
        <source>{0} of {1}</source>
        <translation>{1} 中的 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/dialogs/glossary_editor.py" line="272"/>
        <source>Its warning is ignored in %n segment(s).</source>
        <translation>
            <numerusform>其警告在 %n 个句段中已忽略。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportChapters</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="123"/>
        <source>Import chapters</source>
        <translation>导入章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="129"/>
        <source>Reference translation</source>
        <translation>参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="130"/>
        <source>Do these chapters have a human translation to align with? Choose its folder next.</source>
        <translation>这些章节有可供对齐的人工译文吗？接下来请选择其所在文件夹。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="137"/>
        <source>Folder of the reference translation</source>
        <translation>参考译文所在文件夹</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="145"/>
        <source>Chapter name taken</source>
        <translation>章节名称已被占用</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="149"/>
        <source>Chapter {0} was imported from
{1}.</source>
        <translation>章节 {0} 是从以下文件导入的：
{1}。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="154"/>
        <source>Make {0} its new source? Translations of unchanged sentences are kept; the others are marked removed.</source>
        <translation>要以 {0} 作为它的新来源吗？未改动句子的译文会保留，其余句子标记为已删除。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="160"/>
        <source>Replace the chapter&apos;s source</source>
        <translation>替换章节的来源</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <location filename="../../amts_gui/gui/common/keymap.py" line="27"/>
        <source>AMTS Studio (default)</source>
        <translation>AMTS Studio（默认）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/keymap.py" line="28"/>
        <source>OmegaT-like</source>
        <translation>类似 OmegaT</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/keymap.py" line="29"/>
        <source>Trados Studio-like</source>
        <translation>类似 Trados Studio</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/keymap.py" line="30"/>
        <source>memoQ-like</source>
        <translation>类似 memoQ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="84"/>
        <source>Review</source>
        <translation>审校</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="85"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/window_bars.py" line="17"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="205"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="206"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/window_bars.py" line="19"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="207"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="208"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/window_bars.py" line="27"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="209"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="211"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="215"/>
        <source>&amp;Accept and go to next</source>
        <translation>确认并转到下一句(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="216"/>
        <source>&amp;Previous segment</source>
        <translation>上一句(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="217"/>
        <source>&amp;Next segment</source>
        <translation>下一句(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="218"/>
        <source>Copy &amp;draft to final</source>
        <translation>将初稿复制到定稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="219"/>
        <source>Copy r&amp;eference to final</source>
        <translation>将参考译文复制到定稿(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="220"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="221"/>
        <source>&amp;Concordance for the selected words</source>
        <translation>检索所选词语(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="222"/>
        <source>Fill the repe&amp;titions offered</source>
        <translation>填入提示的重复句段(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="226"/>
        <source>&amp;Chapters pane</source>
        <translation>章节窗格(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="301"/>
        <source>No chapters yet. Import the book&apos;s Markdown chapters: File ▸ Import chapters… (Ctrl+Shift+O).</source>
        <translation>还没有章节。请导入书的 Markdown 章节：文件 ▸ 导入章节…（Ctrl+Shift+O）。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/window_bars.py" line="35"/>
        <source>Memory matc&amp;hes</source>
        <translation>记忆库匹配(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/window_bars.py" line="44"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/window_bars.py" line="50"/>
        <source>&amp;Translate</source>
        <translation>翻译(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/window_bars.py" line="58"/>
        <source>&amp;Parallel data</source>
        <translation>平行数据(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/window_bars.py" line="62"/>
        <source>G&amp;lossary</source>
        <translation>术语表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/window_bars.py" line="66"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="224"/>
        <source>&amp;Review</source>
        <translation>审校(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="225"/>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="227"/>
        <source>Refresh &amp;scores</source>
        <translation>刷新评分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/window_bars.py" line="70"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="228"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="229"/>
        <source>&amp;About AMTS Studio</source>
        <translation>关于 AMTS Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/window_bars.py" line="76"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="394"/>
        <source>That segment is no longer in the chapter.</source>
        <translation>该句段已不在本章中。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="144"/>
        <source>{0} failed: {1}</source>
        <translation>{0} 失败：{1}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="148"/>
        <source>{0} is still running; wait for it or cancel it.</source>
        <translation>{0} 仍在运行；请等待或取消。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="223"/>
        <source>Do &amp;not fill them</source>
        <translation>不填入(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="275"/>
        <source>Now translating into {0}.</source>
        <translation>现在翻译为 {0}。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="287"/>
        <source>{0} [read-only]</source>
        <translation>{0} [只读]</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="351"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="351"/>
        <source>AMTS projects (*.amts)</source>
        <translation>AMTS 项目 (*.amts)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="192"/>
        <source>Settings saved. A new interface language applies at the next start.</source>
        <translation>设置已保存。新的界面语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/about_dialog.py" line="19"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/about_dialog.py" line="20"/>
        <source>Your data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/about_dialog.py" line="24"/>
        <source>About AMTS Studio</source>
        <translation>关于 AMTS Studio</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/about_dialog.py" line="13"/>
        <source>AMTS Studio: post-editing that teaches Amazon Translate (Active Custom Translation) from every accepted sentence.</source>
        <translation>AMTS Studio：译后编辑，每确认一句都让 Amazon Translate（主动自定义翻译）学到更多。</translation>
    </message>
</context>
<context>
    <name>Marker</name>
    <message>
        <location filename="../../amts_gui/gui/review/marking.py" line="30"/>
        <source>Comment on a segment</source>
        <translation>批注句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/marking.py" line="31"/>
        <source>Comment kept.</source>
        <translation>批注已保存。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/marking.py" line="31"/>
        <source>Comment removed.</source>
        <translation>批注已删除。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/marking.py" line="48"/>
        <source>Lock segments</source>
        <translation>锁定句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/marking.py" line="48"/>
        <source>Unlock segments</source>
        <translation>解锁句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/marking.py" line="49"/>
        <source>Locked {0} segments.</source>
        <translation>已锁定 {0} 个句段。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/marking.py" line="49"/>
        <source>Unlocked {0} segments.</source>
        <translation>已解锁 {0} 个句段。</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../amts_gui/gui/review/navigator.py" line="24"/>
        <source>Go to #</source>
        <translation>转到 #</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/navigator.py" line="26"/>
        <source>Type a segment number and press Enter (Ctrl+G)</source>
        <translation>输入句段编号后按回车（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/navigator.py" line="45"/>
        <source>Every segment in this list is accepted.</source>
        <translation>此列表中的句段都已接受。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/navigator.py" line="49"/>
        <source>No segment in this list has a QA finding.</source>
        <translation>此列表中没有带质检问题的句段。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/navigator.py" line="65"/>
        <source>This chapter has segments 1 to {0}.</source>
        <translation>本章的句段编号为 1 到 {0}。</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="33"/>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="75"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="48"/>
        <source>One or more, separated by commas: zh, es (the first is the default)</source>
        <translation>一种或多种，用逗号分隔：zh, es（第一种为默认）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="51"/>
        <source>the book&apos;s source folder (else the folder of the first import)</source>
        <translation>书的源文件夹（不填则取第一次导入的文件夹）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="53"/>
        <source>A chapter is named by its path under this folder, so chapters in different folders never clash.</source>
        <translation>章节以它在此文件夹下的路径命名，因此不同文件夹中的章节不会冲突。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="57"/>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="58"/>
        <source>Source folder</source>
        <translation>源文件夹</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="59"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="60"/>
        <source>Source language</source>
        <translation>源语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="61"/>
        <source>Target languages</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="75"/>
        <source>AMTS projects (*.amts)</source>
        <translation>AMTS 项目 (*.amts)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="80"/>
        <source>The book&apos;s source folder</source>
        <translation>书的源文件夹</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="87"/>
        <source>{0} is not a folder.</source>
        <translation>{0} 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="91"/>
        <source>Choose where to save the project file.</source>
        <translation>请选择项目文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="94"/>
        <source>{0} already exists; open it instead, or choose another name.</source>
        <translation>{0} 已存在；请直接打开它，或换一个名称。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="98"/>
        <source>Give the target languages as codes separated by commas, e.g. zh, es.</source>
        <translation>请用逗号分隔的语言代码填写目标语言，例如 zh, es。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="101"/>
        <source>Source and target languages must differ.</source>
        <translation>源语言和目标语言不能相同。</translation>
    </message>
</context>
<context>
    <name>ParallelDataActions</name>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="41"/>
        <source>&amp;Align chapters with their reference</source>
        <translation>将章节与参考译文对齐(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="42"/>
        <source>&amp;Export pairs for Amazon Translate…</source>
        <translation>导出 Amazon Translate 平行数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="43"/>
        <source>&amp;Import translation memory…</source>
        <translation>导入翻译记忆库(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="46"/>
        <source>&amp;Push parallel data</source>
        <translation>推送平行数据(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="79"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="81"/>
        <source>No chapter has a reference translation to align with.</source>
        <translation>没有章节带有可对齐的参考译文。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="87"/>
        <source>Aligning</source>
        <translation>正在对齐</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="87"/>
        <source>loading the sentence encoder…</source>
        <translation>正在加载句子编码器…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="91"/>
        <source>Export pairs</source>
        <translation>导出平行数据</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="56"/>
        <source>Never pushed.</source>
        <translation>从未推送。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="47"/>
        <source>P&amp;ull teammates&apos; parallel data</source>
        <translation>拉取团队成员的平行数据(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="59"/>
        <source>Last push {0}: {1}.</source>
        <translation>上次推送 {0}：{1}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="83"/>
        <source>Aligned %n chapter(s){0}: </source>
        <translation>
            <numerusform>已对齐 %n 个章节{0}：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="84"/>
        <source>%n sentence pair(s), {0} flagged</source>
        <translation>
            <numerusform>%n 个句对，{0} 个待核查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="104"/>
        <source>Wrote %n pair(s) to {0}.</source>
        <translation>
            <numerusform>已将 %n 个句对写入 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="110"/>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="127"/>
        <source>Import translation memory</source>
        <translation>导入翻译记忆库</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="112"/>
        <source>Translation memories (*.tmx *.csv *.tsv)</source>
        <translation>翻译记忆库 (*.tmx *.csv *.tsv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="123"/>
        <source>Imported %n pair(s); {0} already present</source>
        <translation>
            <numerusform>已导入 %n 个句对；{0} 个已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="125"/>
        <source>%n unit(s) left out or changed; see the details.</source>
        <translation>
            <numerusform>有 %n 个单元被略过或改动，详见详细信息。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="148"/>
        <source>Push parallel data</source>
        <translation>推送平行数据</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="149"/>
        <source>Send the project&apos;s sentence pairs to Amazon Translate as parallel data {0}?</source>
        <translation>将项目的句对作为平行数据 {0} 发送到 Amazon Translate？</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="150"/>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="151"/>
        <source>The resource&apos;s data is replaced by them; until the import ends, jobs use the previous version.</source>
        <translation>该资源的数据会被它们替换；导入完成之前，作业仍使用上一版本。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="164"/>
        <source>%n pair(s) sent, {0} imported, {1} failed, {2} skipped.</source>
        <translation>
            <numerusform>已发送 %n 个句对，导入 {0} 个，失败 {1} 个，跳过 {2} 个。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="167"/>
        <source>{0} {1}: {2}.</source>
        <translation>{0} {1}：{2}。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="182"/>
        <source>Pull parallel data</source>
        <translation>拉取平行数据</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="183"/>
        <source>Download parallel data {0} and merge it into the project&apos;s pairs?</source>
        <translation>下载平行数据 {0} 并合并到项目的句对中？</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="184"/>
        <source>Pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="185"/>
        <source>Newer remote edits replace local ones; conflicts are listed.</source>
        <translation>较新的远程修改会替换本地修改；冲突会列出来。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="195"/>
        <source>%n pair(s) added, {0} replaced by newer remote edits, {1} conflicts</source>
        <translation>
            <numerusform>新增 %n 个句对，{0} 个被远程较新的修改替换，{1} 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="198"/>
        <source>{0}
  local:  {1}
  remote: {2}
  kept:   {3}</source>
        <translation>{0}
  本地：{1}
  远程：{2}
  保留：{3}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="171"/>
        <source>Parallel data not updated</source>
        <translation>平行数据未更新</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="172"/>
        <source>The previous version stays active; your local pairs are unchanged.</source>
        <translation>之前的版本仍然有效；本地句对没有变化。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="176"/>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="203"/>
        <source>Parallel data</source>
        <translation>平行数据</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="176"/>
        <source>Exporting pairs…</source>
        <translation>正在导出句对…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="190"/>
        <source>downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="200"/>
        <source>Pulled parallel data</source>
        <translation>已拉取平行数据</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="203"/>
        <source>Pulling…</source>
        <translation>正在拉取…</translation>
    </message>
</context>
<context>
    <name>PipelineDialog</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="43"/>
        <source>Run pipeline</source>
        <translation>运行流水线</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="47"/>
        <source>For every chosen target at once: align its chapters that have a reference, push its parallel data, start ACT batch jobs for its segments without a draft, and bring the drafts into its review queue. Amazon runs 10 batch jobs at a time; more wait in a queue.</source>
        <translation>对所选的每种目标语言同时进行：对齐有参考译文的章节，推送其平行数据，为没有初稿的句段启动 ACT 批量作业，并把初稿放入其审校队列。Amazon 同时最多运行 10 个批量作业，其余排队等候。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="59"/>
        <source>Target</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="60"/>
        <source>References</source>
        <translation>参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="61"/>
        <source>Parallel data</source>
        <translation>平行数据</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="62"/>
        <source>Segments to send</source>
        <translation>待发送句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="63"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="64"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="65"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="71"/>
        <source>Wait for the jobs and fetch their drafts</source>
        <translation>等待作业完成并取回初稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="76"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="97"/>
        <source>{0} (new)</source>
        <translation>{0}（新建）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="102"/>
        <source> + %n in unfinished jobs</source>
        <translation>
            <numerusform> + 未完成作业中 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="106"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="110"/>
        <source>Cost preview for every target: ${0}</source>
        <translation>所有目标语言的费用预估：${0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="151"/>
        <source>, %n draft(s) fetched</source>
        <translation>
            <numerusform>，已取回 %n 条初稿</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="158"/>
        <source>align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="159"/>
        <source>push parallel data</source>
        <translation>推送平行数据</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="160"/>
        <source>ACT job</source>
        <translation>ACT 作业</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="161"/>
        <source>drafts</source>
        <translation>初稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="167"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="168"/>
        <source>jobs still running</source>
        <translation>作业仍在运行</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="169"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="170"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="171"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/pipeline_dialog.py" line="172"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
</context>
<context>
    <name>ProjectFileActions</name>
    <message>
        <location filename="../../amts_gui/gui/actions/project_file.py" line="32"/>
        <source>Save a &amp;copy of the project…</source>
        <translation>保存项目副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/project_file.py" line="55"/>
        <source>This window still shows all your work. Save a copy of the project now, then quit and open the copy.</source>
        <translation>此窗口仍显示您的全部工作。请立即保存项目副本，然后退出并打开该副本。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/project_file.py" line="58"/>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/project_file.py" line="75"/>
        <source>Save a copy of the project</source>
        <translation>保存项目副本</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/project_file.py" line="77"/>
        <source>AMTS projects (*.amts)</source>
        <translation>AMTS 项目 (*.amts)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/project_file.py" line="85"/>
        <source>Cannot save a copy: {0}</source>
        <translation>无法保存副本：{0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/project_file.py" line="87"/>
        <source>Saved a copy of the project as {0}.</source>
        <translation>已将项目副本保存为 {0}。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../amts_gui/gui/common/file_dialogs.py" line="63"/>
        <location filename="../../amts_gui/gui/common/qt_strings.py" line="16"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/file_dialogs.py" line="70"/>
        <location filename="../../amts_gui/gui/common/qt_strings.py" line="17"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/file_dialogs.py" line="61"/>
        <location filename="../../amts_gui/gui/common/qt_strings.py" line="18"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/file_dialogs.py" line="69"/>
        <location filename="../../amts_gui/gui/common/qt_strings.py" line="19"/>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../amts_gui/gui/common/qt_strings.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/qt_strings.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/qt_strings.py" line="15"/>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ReplacePanel</name>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="48"/>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="158"/>
        <source>Find in the project</source>
        <translation>在项目中查找</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="50"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="52"/>
        <source>in targets</source>
        <translation>在译文中</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="53"/>
        <source>in sources</source>
        <translation>在原文中</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="54"/>
        <source>Case</source>
        <translation>大小写</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="55"/>
        <source>Whole words</source>
        <translation>全词</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="56"/>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="57"/>
        <source>This chapter</source>
        <translation>仅本章</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="58"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="59"/>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="60"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="82"/>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="82"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="82"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="82"/>
        <source>After</source>
        <translation>替换后</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="82"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="175"/>
        <source>{0} segments would change; {1} are left alone.</source>
        <translation>将改动 {0} 个句段；{1} 个保持不变。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="177"/>
        <source>Found in {0} segments.</source>
        <translation>在 {0} 个句段中找到。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="184"/>
        <source>locked: left alone</source>
        <translation>已锁定：不改动</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="186"/>
        <source>would change a placeholder: left alone</source>
        <translation>会改动占位符：不改动</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="208"/>
        <source>Replace “{0}” with “{1}” in {2} segments</source>
        <translation>在 {2} 个句段中把“{0}”替换为“{1}”</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="218"/>
        <source>Replaced in {0} segments; {1} now have QA findings. Ctrl+Z takes the whole replace back.</source>
        <translation>已在 {0} 个句段中替换；其中 {1} 个现有质检问题。Ctrl+Z 可撤销整次替换。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/replace_panel.py" line="231"/>
        <source>replaced ✓</source>
        <translation>已替换 ✓</translation>
    </message>
</context>
<context>
    <name>ReviewQuestions</name>
    <message>
        <location filename="../../amts_gui/gui/review/questions.py" line="19"/>
        <source>QA errors</source>
        <translation>质检错误</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/questions.py" line="20"/>
        <source>Accept with %n QA error(s)?</source>
        <translation>
            <numerusform>确认这条有 %n 个质检错误的译文？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/questions.py" line="21"/>
        <source>Accepted anyway, its pair stays out of exports and pushes until the segment is fixed.</source>
        <translation>若仍然确认，其句对在句段修正之前不会被导出或推送。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/questions.py" line="27"/>
        <source>Glossary terms</source>
        <translation>术语</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/questions.py" line="28"/>
        <source>Accept with %n term(s) not translated as the glossary says?</source>
        <translation>
            <numerusform>有 %n 个术语未按术语表翻译，仍要接受吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/questions.py" line="31"/>
        <source>Accepted anyway, its pair goes into exports and pushes.</source>
        <translation>仍然接受时，这个句对照样进入导出和推送。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/questions.py" line="45"/>
        <source>Fix</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/questions.py" line="49"/>
        <source>Accept anyway</source>
        <translation>仍然确认</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="54"/>
        <source>All segments</source>
        <translation>全部句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="55"/>
        <source>Untranslated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="56"/>
        <source>Needs review</source>
        <translation>待审校</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="57"/>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="58"/>
        <source>Accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="59"/>
        <source>Source changed</source>
        <translation>原文有变</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="60"/>
        <source>QA problems</source>
        <translation>质检问题</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="61"/>
        <source>QA errors</source>
        <translation>质检错误</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="62"/>
        <source>Glossary terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="63"/>
        <source>Filled from repetitions</source>
        <translation>由重复句填入</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="64"/>
        <source>With comments</source>
        <translation>有批注</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="65"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="100"/>
        <source>Find in source and target (Ctrl+F)</source>
        <translation>在原文和译文中查找（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="129"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="165"/>
        <source>This chapter has no sentences to translate: only code, math or other protected markup.</source>
        <translation>本章没有需要翻译的句子：只有代码、公式或其他受保护的标记。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="329"/>
        <source>Edit segment {0}</source>
        <translation>编辑第 {0} 句</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="343"/>
        <source>Nothing to accept: the final is empty. Ctrl+Shift+D copies the draft.</source>
        <translation>没有可确认的内容：定稿为空。按 Ctrl+Shift+D 复制初稿。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="356"/>
        <source>{0} Trying again in a few seconds…</source>
        <translation>{0} 几秒钟后重试…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="364"/>
        <source>Accept segment {0}</source>
        <translation>确认第 {0} 句</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="367"/>
        <source>Accepted segment {0} with QA findings: {1}</source>
        <translation>已确认句段 {0}，但有质检发现：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/repetition_fill.py" line="42"/>
        <source>Segment {0} occurs %n more time(s) without your text. Fill them with this translation?</source>
        <translation>
            <numerusform>句段 {0} 还出现 %n 次且尚无您的译文。用此译文填入吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/repetition_fill.py" line="54"/>
        <source>Fill (Ctrl+Alt+F)</source>
        <translation>填入（Ctrl+Alt+F）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/repetition_fill.py" line="57"/>
        <source>Not now (Ctrl+Alt+N)</source>
        <translation>暂不（Ctrl+Alt+N）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/repetition_fill.py" line="58"/>
        <source>Always fill</source>
        <translation>总是填入</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/repetition_fill.py" line="59"/>
        <source>Never ask</source>
        <translation>不再询问</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/repetition_fill.py" line="66"/>
        <source>No repetitions are offered to fill.</source>
        <translation>没有提示要填入的重复句段。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/repetition_fill.py" line="91"/>
        <source>Fill %n repetition(s)</source>
        <translation>
            <numerusform>填入 %n 个重复句</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/review/repetition_fill.py" line="94"/>
        <source>Filled %n repetition(s) of segment {0}; Ctrl+Z takes them back.</source>
        <translation>
            <numerusform>已为句段 {0} 填入 %n 个重复句；按 Ctrl+Z 可全部撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/final_fill.py" line="28"/>
        <source>This segment has no draft yet (Ctrl+T drafts the chapter from memory).</source>
        <translation>此句段还没有初稿（按 Ctrl+T 用记忆库翻译本章）。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/final_fill.py" line="53"/>
        <source>No memory suggestion {0} for this segment.</source>
        <translation>此句段没有第 {0} 条记忆库建议。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/final_fill.py" line="66"/>
        <source>This segment has no aligned reference (Ctrl+Shift+A aligns the chapter).</source>
        <translation>此句段没有对齐的参考译文（按 Ctrl+Shift+A 对齐本章）。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/final_fill.py" line="74"/>
        <source>A from-scratch control: its draft and reference stay hidden.</source>
        <translation>从零翻译的对照句：其初稿和参考译文保持隐藏。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/final_fill.py" line="91"/>
        <source>Nothing to fix in the final&apos;s punctuation.</source>
        <translation>译文的标点无需修正。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="397"/>
        <source>Select some words in the source or the final first, then press F3.</source>
        <translation>请先在原文或定稿中选中词语，再按 F3。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="424"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>SegmentActions</name>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="29"/>
        <source>Copy &amp;source to final</source>
        <translation>复制原文到终稿(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="30"/>
        <source>C&amp;lear the final</source>
        <translation>清空终稿(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="31"/>
        <source>Put a space after each sentence en&amp;d</source>
        <translation>在每个句末后加空格(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="32"/>
        <source>Use the best &amp;match as the final</source>
        <translation>用最佳匹配作终稿(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="33"/>
        <source>&amp;Insert the best match at the caret</source>
        <translation>在光标处插入最佳匹配(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="35"/>
        <source>Use match {0}</source>
        <translation>使用第 {0} 条匹配</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="36"/>
        <source>Next segment not &amp;accepted</source>
        <translation>下一个未接受的句段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="43"/>
        <source>Find and re&amp;place in the project…</source>
        <translation>在项目中查找和替换(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="45"/>
        <source>Next spellin&amp;g mistake</source>
        <translation>下一个拼写错误(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="38"/>
        <source>Previous segment not accepted</source>
        <translation>上一个未接受的句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="40"/>
        <source>Next segment with a &amp;QA finding</source>
        <translation>下一个有质检问题的句段(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="41"/>
        <source>Previous segment with a QA finding</source>
        <translation>上一个有质检问题的句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="42"/>
        <source>&amp;Go to segment number…</source>
        <translation>转到句段编号(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="44"/>
        <source>C&amp;omment on the segment</source>
        <translation>批注句段(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="46"/>
        <source>&amp;Lock or unlock the selected segments</source>
        <translation>锁定或解锁所选句段(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="47"/>
        <source>Ignore the term warning &amp;here</source>
        <translation>在此忽略术语警告(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/segments.py" line="50"/>
        <source>Never check the term in this &amp;phrase…</source>
        <translation>不再在此短语中检查该术语(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="58"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="59"/>
        <source>Draft</source>
        <translation>初稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="60"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="61"/>
        <source>Reference</source>
        <translation>参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="62"/>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="63"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="64"/>
        <source>TM %</source>
        <translation>匹配 %</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="65"/>
        <source>untranslated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="66"/>
        <source>draft</source>
        <translation>初稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="67"/>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="68"/>
        <source>accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="167"/>
        <source>from scratch</source>
        <translation>从零翻译</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="211"/>
        <source>filled in from an identical accepted sentence</source>
        <translation>由相同的已确认句子填入</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="215"/>
        <source>the source sentence is new or changed since the first import</source>
        <translation>此原文句子是首次导入后新增或修改的</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="220"/>
        <source>comment: {0}</source>
        <translation>批注：{0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="222"/>
        <source>locked: the final cannot change</source>
        <translation>已锁定：终稿不能修改</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="45"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="54"/>
        <source>This project&apos;s segments whose draft is hidden, to compare post-editing with translating from scratch</source>
        <translation>本项目中隐藏初稿的句段比例，用于比较译后编辑与从零翻译</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="59"/>
        <source>From-scratch control (0 %: off; 10 % is usual)</source>
        <translation>从零翻译对照（0 %：关闭；通常 10 %）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="60"/>
        <source>Ask before accepting a segment with glossary warnings</source>
        <translation>确认含术语警告的句段前先询问</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="64"/>
        <source>Off: term warnings show in the badge, the filter and QA, and never stop an accept</source>
        <translation>关闭时：术语警告显示在标记、筛选和质量检查中，但不会阻止确认</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="88"/>
        <source>Default engine</source>
        <translation>默认引擎</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="91"/>
        <source>Memory drafts from matches of at least</source>
        <translation>记忆库译文的最低匹配度</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="94"/>
        <source>Show suggestions as TM matches from</source>
        <translation>作为记忆库匹配显示的最低匹配度</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="97"/>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="103"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="100"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="103"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="103"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="106"/>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="109"/>
        <source>Ask each time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="109"/>
        <source>Always fill them</source>
        <translation>总是填入</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="109"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="113"/>
        <source>Repetitions of an accepted sentence</source>
        <translation>已确认句子的重复句</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="118"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="120"/>
        <source>Editing log: count a pause as at most</source>
        <translation>编辑日志：一次停顿最多计</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="126"/>
        <source>The keys of the tool you are used to; F1 lists them all</source>
        <translation>使用你熟悉的工具的快捷键；F1 列出全部快捷键</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="127"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="70"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="71"/>
        <source>Amazon Translate</source>
        <translation>Amazon Translate</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="32"/>
        <source>Insert the segment&apos;s glossary term 1 … 9</source>
        <translation>插入本句的第 1 … 9 个术语</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="35"/>
        <source>Insert placeholder ⟦1⟧ … ⟦9⟧ in the final</source>
        <translation>在定稿中插入占位符 ⟦1⟧ … ⟦9⟧</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="39"/>
        <source>Delete a placeholder (the first press selects it)</source>
        <translation>删除占位符（第一次按键先选中它）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="41"/>
        <source>Use the selected suggestion</source>
        <translation>使用所选建议译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="50"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="54"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="54"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>TargetActions</name>
    <message>
        <location filename="../../amts_gui/gui/actions/targets.py" line="41"/>
        <source>Next &amp;target language</source>
        <translation>下一个目标语言(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/targets.py" line="44"/>
        <source>Run &amp;pipeline for every target…</source>
        <translation>为所有目标语言运行流水线(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/targets.py" line="49"/>
        <source>Target &amp;languages…</source>
        <translation>目标语言(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/targets.py" line="53"/>
        <source>The target language you review and draft (Ctrl+Shift+L: the next one)</source>
        <translation>正在审校和起草的目标语言（Ctrl+Shift+L：切换到下一个）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/targets.py" line="72"/>
        <source>The project has one target language; add another in File ▸ Target languages…</source>
        <translation>该项目只有一种目标语言；可在“文件 ▸ 目标语言…”中添加。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/targets.py" line="100"/>
        <source>planning every target</source>
        <translation>正在为每种目标语言制定计划</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/targets.py" line="103"/>
        <location filename="../../amts_gui/gui/actions/targets.py" line="143"/>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/targets.py" line="103"/>
        <source>Planning…</source>
        <translation>正在规划…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/targets.py" line="134"/>
        <source>every target at once</source>
        <translation>所有目标语言同时进行</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/targets.py" line="141"/>
        <source>Pipeline: {0}</source>
        <translation>流水线：{0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/targets.py" line="143"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="57"/>
        <source>Target languages</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="62"/>
        <source>Target</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="62"/>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="119"/>
        <source>Reference folder</source>
        <translation>参考译文文件夹</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="62"/>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="120"/>
        <source>Memory threshold</source>
        <translation>记忆库阈值</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="62"/>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="122"/>
        <source>QA rules</source>
        <translation>QA 规则</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="85"/>
        <source>&amp;Add a target…</source>
        <translation>添加目标语言(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="88"/>
        <source>&amp;Remove the target…</source>
        <translation>删除该目标语言(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="106"/>
        <source>the translator&apos;s own</source>
        <translation>译者自己的设置</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="115"/>
        <source>&amp;Save these settings</source>
        <translation>保存这些设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="121"/>
        <source>Sentence rules of</source>
        <translation>断句规则所用语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="145"/>
        <source>Full-width punctuation (，。：)</source>
        <translation>全角标点（，。：）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="146"/>
        <source>No full-width punctuation</source>
        <translation>不用全角标点</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="147"/>
        <source>Opening ¿ and ¡</source>
        <translation>句首的 ¿ 和 ¡</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="148"/>
        <source>A space after each sentence</source>
        <translation>句末后留一个空格</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="149"/>
        <source>Decimal comma (3,5) accepted</source>
        <translation>接受小数逗号（3,5）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="170"/>
        <source>Folder of the reference translation</source>
        <translation>参考译文所在文件夹</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="181"/>
        <source>{0} is not a folder.</source>
        <translation>{0} 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="190"/>
        <source>Saved {0}&apos;s settings.</source>
        <translation>已保存 {0} 的设置。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="193"/>
        <source>Add a target</source>
        <translation>添加目标语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="193"/>
        <source>Language code, e.g. ja or pt-BR:</source>
        <translation>语言代码，例如 ja 或 pt-BR：</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="200"/>
        <source>Added {0}. Import the chapters again to read its references, once its folder is set.</source>
        <translation>已添加 {0}。设置好其参考译文文件夹后，请重新导入章节以读取参考译文。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="209"/>
        <source>Remove {0} and every translation into it? A copy of the project is kept first.</source>
        <translation>删除 {0} 及其全部译文？删除前会先保留项目的副本。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="210"/>
        <source>Remove a target</source>
        <translation>删除目标语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/targets_dialog.py" line="217"/>
        <source>Removed {0}; the project before it is kept in {1}.</source>
        <translation>已删除 {0}；删除前的项目保存在 {1}。</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <location filename="../../amts_gui/gui/dashboard/targets_view.py" line="28"/>
        <source>Each target language of the project, side by side. BLEU on the 0–100 scale.</source>
        <translation>项目的各目标语言并列对比。BLEU 为 0–100 分制。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/targets_view.py" line="32"/>
        <source>Target</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/targets_view.py" line="33"/>
        <source>Segments</source>
        <translation>句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/targets_view.py" line="35"/>
        <source>Accepted %</source>
        <translation>已确认 %</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/targets_view.py" line="36"/>
        <source>References</source>
        <translation>参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/targets_view.py" line="37"/>
        <source>Sentence pairs</source>
        <translation>句对</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/targets_view.py" line="38"/>
        <source>Unfinished jobs</source>
        <translation>未完成作业</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/targets_view.py" line="39"/>
        <source>Last push</source>
        <translation>最近推送</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/targets_view.py" line="40"/>
        <source>BLEU (latest scores)</source>
        <translation>BLEU（最近评分）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/targets_view.py" line="70"/>
        <source>Not scored yet: switch to {0} and refresh the scores (F5), or run `amts scores PROJECT --target {0}`</source>
        <translation>尚未评分：切换到 {0} 并刷新评分（F5），或运行 `amts scores PROJECT --target {0}`</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/targets_view.py" line="41"/>
        <source>BLEU (evaluation)</source>
        <translation>BLEU（评估）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/targets_view.py" line="66"/>
        <source>Targets</source>
        <translation>目标语言</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <location filename="../../amts_gui/gui/common/task_panel.py" line="20"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/task_panel.py" line="40"/>
        <source>{0}: cancelling…</source>
        <translation>{0}：正在取消…</translation>
    </message>
</context>
<context>
    <name>TermTeacher</name>
    <message>
        <location filename="../../amts_gui/gui/review/term_teaching.py" line="53"/>
        <location filename="../../amts_gui/gui/review/term_teaching.py" line="90"/>
        <source>No term warning in this segment.</source>
        <translation>此句段没有术语警告。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/term_teaching.py" line="63"/>
        <source>Ignore {0} here</source>
        <translation>在此忽略 {0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/term_teaching.py" line="70"/>
        <source>The warning on {0} is ignored in this segment (Ctrl+Z undoes it).</source>
        <translation>此句段中关于 {0} 的警告已忽略（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/term_teaching.py" line="94"/>
        <source>Never in this phrase</source>
        <translation>不适用的短语</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/term_teaching.py" line="95"/>
        <source>The term {0} does not apply in the phrase:</source>
        <translation>术语 {0} 不适用于以下短语：</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/term_teaching.py" line="119"/>
        <source>Never check {0} in “{1}”</source>
        <translation>不再在“{1}”中检查 {0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/term_teaching.py" line="123"/>
        <source>{0} is no longer checked in “{1}” (Ctrl+Z undoes it; the glossary editor lists it).</source>
        <translation>不再在“{1}”中检查 {0}（Ctrl+Z 可撤销；术语表编辑器中列出）。</translation>
    </message>
</context>
<context>
    <name>TermsPane</name>
    <message>
        <location filename="../../amts_gui/gui/review/terms_pane.py" line="34"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/terms_pane.py" line="34"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/terms_pane.py" line="34"/>
        <source>Translation</source>
        <translation>译法</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/terms_pane.py" line="49"/>
        <source>keep as is</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/terms_pane.py" line="52"/>
        <source>not: {0}</source>
        <translation>勿用：{0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/terms_pane.py" line="56"/>
        <source>Preferred: {0}</source>
        <translation>首选：{0}</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../amts_gui/gui/common/unexpected.py" line="30"/>
        <source>Something went wrong ({0}). AMTS Studio keeps running; the details are in {1}.</source>
        <translation>出错了（{0}）。AMTS Studio 仍在运行；详细信息见 {1}。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="15"/>
        <source>Untranslated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="16"/>
        <source>Draft</source>
        <translation>初稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="17"/>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="18"/>
        <source>Accepted</source>
        <translation>已确认</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="26"/>
        <source>%n untranslated</source>
        <translation>
            <numerusform>%n 未翻译</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="29"/>
        <source>%n draft</source>
        <translation>
            <numerusform>%n 初稿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="30"/>
        <source>%n edited</source>
        <translation>
            <numerusform>%n 已编辑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="31"/>
        <source>%n accepted</source>
        <translation>
            <numerusform>%n 已确认</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="33"/>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="58"/>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="69"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="38"/>
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n 个章节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="39"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 个句段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="40"/>
        <source>%n sentence pair(s)</source>
        <translation>
            <numerusform>%n 个句对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="41"/>
        <source>%n paragraph pair(s)</source>
        <translation>
            <numerusform>%n 个段落对</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="42"/>
        <source>{0} · {1}: {2} · {3}, {4}</source>
        <translation>{0} · {1}：{2} · {3}，{4}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="49"/>
        <source>no sentence pairs yet</source>
        <translation>还没有句对</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="51"/>
        <source>every sentence pair is on Amazon</source>
        <translation>所有句对都已在 Amazon 上</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="52"/>
        <source>%n to push</source>
        <translation>
            <numerusform>%n 待推送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="54"/>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="66"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="57"/>
        <source>%n pair(s) not yet on Amazon ({0})</source>
        <translation>
            <numerusform>%n 个句对尚未上传到 Amazon（{0}）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/common/vocabulary.py" line="68"/>
        <source>Left out: {0}.</source>
        <translation>未包含：{0}。</translation>
    </message>
</context>
<context>
    <name>WorkloadView</name>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="40"/>
        <source>Draft</source>
        <translation>初稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="40"/>
        <source>Segments</source>
        <translation>句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="40"/>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="40"/>
        <source>s/word</source>
        <translation>秒/词</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="40"/>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="44"/>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="44"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="44"/>
        <source>Post-edited</source>
        <translation>译后编辑</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="44"/>
        <source>Control</source>
        <translation>对照</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="44"/>
        <source>Saved</source>
        <translation>节省</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="97"/>
        <source>Active editing time from the editing log; the saving compares post-editing ({0} segments) with the from-scratch control ({1} segments): an interval needs at least {2} segments in each group. Control segments are drawn among those the drafting would fill, before drafting, so the two groups differ only by the draft. Switch the control on in Settings.</source>
        <translation>编辑日志中的有效编辑时间；节省量将译后编辑（{0} 个句段）与从零翻译的对照组（{1} 个句段）相比较：每组至少需要 {2} 个句段才给出区间。对照句段在起草之前、从起草会填充的句段中抽取，因此两组的差别只在于有无草稿。可在设置中开启对照组。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="105"/>
        <source>seconds per word</source>
        <translation>每词秒数</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="70"/>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="76"/>
        <source>from scratch</source>
        <translation>从零翻译</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="84"/>
        <source>all chapters</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="78"/>
        <location filename="../../amts_gui/gui/dashboard/workload_view.py" line="86"/>
        <source>not enough data</source>
        <translation>数据不足</translation>
    </message>
</context>
</TS>
