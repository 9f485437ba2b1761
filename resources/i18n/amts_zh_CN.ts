<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AwsSettingsPanel</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="36"/>
        <source>AWS profile</source>
        <translation>AWS 配置文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="37"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="38"/>
        <source>S3 bucket</source>
        <translation>S3 存储桶</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="39"/>
        <source>S3 prefix</source>
        <translation>S3 前缀</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="40"/>
        <source>DataAccessRoleArn</source>
        <translation>DataAccessRoleArn</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="41"/>
        <source>Parallel-data name</source>
        <translation>平行语料名称</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="50"/>
        <source>Standard rate (USD / million chars)</source>
        <translation>标准价格（美元 / 百万字符）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="51"/>
        <source>ACT rate (USD / million chars)</source>
        <translation>ACT 价格（美元 / 百万字符）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="55"/>
        <source>Formality</source>
        <translation>正式程度</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="58"/>
        <source>empty: use the profile or boto3&apos;s default chain</source>
        <translation>留空：使用配置文件或 boto3 的默认凭证链</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="61"/>
        <source>•••• stored</source>
        <translation>•••• 已保存</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="62"/>
        <source>Access key id</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="63"/>
        <source>Secret access key</source>
        <translation>私有访问密钥</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="65"/>
        <source>Keys are kept in the system keyring, never in the project file.</source>
        <translation>密钥保存在系统密钥环中，绝不写入项目文件。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="67"/>
        <source>No keyring is available: keys are kept in memory until AMTS Studio quits.</source>
        <translation>没有可用的密钥环：密钥仅保存在内存中，直到退出 AMTS Studio。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="71"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="118"/>
        <source>The parallel-data name may hold letters, digits, hyphens and single underscores.</source>
        <translation>平行语料名称只能包含字母、数字、连字符和单个下划线。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/aws_settings_dialog.py" line="134"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>ChapterActions</name>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="25"/>
        <source>&amp;Import chapters…</source>
        <translation>导入章节(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="26"/>
        <source>&amp;Export chapter Markdown…</source>
        <translation>导出章节 Markdown(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="40"/>
        <source>reading the files</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="44"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="45"/>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="47"/>
        <source>Imported {0} chapters</source>
        <translation>已导入 {0} 个章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="58"/>
        <source>Export chapter</source>
        <translation>导出章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="66"/>
        <source>Cannot export {0}: {1}</source>
        <translation>无法导出 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="68"/>
        <source> ({0} QA warnings)</source>
        <translation>（{0} 条 QA 警告）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/chapters.py" line="69"/>
        <source>Wrote {0}{1}</source>
        <translation>已写入 {0}{1}</translation>
    </message>
</context>
<context>
    <name>ChapterTree</name>
    <message>
        <location filename="../../amts_gui/gui/chapter_tree.py" line="21"/>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/chapter_tree.py" line="22"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/chapter_tree.py" line="23"/>
        <source>New</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/chapter_tree.py" line="24"/>
        <source>Draft</source>
        <translation>机器译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/chapter_tree.py" line="25"/>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/chapter_tree.py" line="26"/>
        <source>Accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/chapter_tree.py" line="73"/>
        <source>{0} of {1} segments accepted</source>
        <translation>已确认 {0} / {1} 个句段</translation>
    </message>
</context>
<context>
    <name>ChipTextEdit</name>
    <message>
        <location filename="../../amts_gui/gui/review/placeholder_edit.py" line="117"/>
        <source>Press again to delete the placeholder {0}</source>
        <translation>再按一次以删除占位符 {0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/placeholder_edit.py" line="174"/>
        <source>This segment has no placeholder {0}</source>
        <translation>此句段没有占位符 {0}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="142"/>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="280"/>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="143"/>
        <source>Segments</source>
        <translation>句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="144"/>
        <source>Untranslated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="123"/>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="145"/>
        <source>Draft</source>
        <translation>机器译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="81"/>
        <source>Project drafts</source>
        <translation>项目草稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="82"/>
        <source>Last evaluation run (leave-one-out)</source>
        <translation>最近一次评估（留一法）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="86"/>
        <source>0–1 scale (as in the study)</source>
        <translation>0–1 分制（与研究一致）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="89"/>
        <source>Refresh scores</source>
        <translation>刷新评分</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="90"/>
        <source>Score the drafts again (F5)</source>
        <translation>重新为草稿评分（F5）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="91"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="99"/>
        <source>Scores of</source>
        <translation>评分来源</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="101"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="123"/>
        <source>Sentence BLEU</source>
        <translation>句子 BLEU</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="123"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="123"/>
        <source>Reference</source>
        <translation>参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="133"/>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="146"/>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="147"/>
        <source>Accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="159"/>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="336"/>
        <source>Worst segments</source>
        <translation>得分最低的句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="160"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="206"/>
        <source>Scoring…</source>
        <translation>正在评分…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="219"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="226"/>
        <source>No evaluation run yet: run `amts evaluate PROJECT --chapters … --out DIR`.</source>
        <translation>尚无评估：请运行 `amts evaluate PROJECT --chapters … --out DIR`。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="228"/>
        <source>Nothing to score yet.</source>
        <translation>暂无可评分的内容。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="246"/>
        <source>BLEU</source>
        <translation>BLEU</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="247"/>
        <source>HTER (post-edit)</source>
        <translation>HTER（译后编辑）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="259"/>
        <source>0–1 scale</source>
        <translation>0–1 分制</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="259"/>
        <source>0–100 scale</source>
        <translation>0–100 分制</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="262"/>
        <source>Project drafts may have used the chapter&apos;s own pairs; `amts evaluate` gives leave-one-out figures.</source>
        <translation>项目草稿可能用到了本章自己的句对；`amts evaluate` 给出留一法的结果。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="265"/>
        <source>Evaluation run of {0}.</source>
        <translation>{0} 的评估。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="277"/>
        <source>edit ratio</source>
        <translation>编辑比例</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="277"/>
        <source>unchanged</source>
        <translation>未改动</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="297"/>
        <source>{0} of {1} units translated</source>
        <translation>{1} 个单元中已翻译 {0} 个</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="299"/>
        <source>{0} accepted segments, {1} with a draft</source>
        <translation>{0} 个已接受句段，其中 {1} 个有草稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="303"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="341"/>
        <source>{0}: the project&apos;s {1} drafts, lowest sentence BLEU first (Enter opens the segment)</source>
        <translation>{0}：项目的 {1} 草稿，按句子 BLEU 从低到高（回车打开该句段）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="361"/>
        <source>Export the scores to a folder</source>
        <translation>将评分导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="371"/>
        <source>AMTS Studio scores</source>
        <translation>AMTS Studio 评分</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="379"/>
        <source>{0} per chapter</source>
        <translation>各章 {0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="380"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dashboard/dashboard.py" line="402"/>
        <source>{0} of {1} segments accepted ({2} %)</source>
        <translation>已确认 {0} / {1} 个句段（{2} %）</translation>
    </message>
</context>
<context>
    <name>DraftingActions</name>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="38"/>
        <source>Draft chapter from translation &amp;memory</source>
        <translation>用翻译记忆库翻译本章(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="41"/>
        <source>Draft chapter with Amazon Translate (without ACT)…</source>
        <translation>用 Amazon Translate 翻译本章（不用 ACT）…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="45"/>
        <source>Start an ACT &amp;batch job for the chapter…</source>
        <translation>为本章启动 ACT 批量作业(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="46"/>
        <source>&amp;Check batch jobs</source>
        <translation>检查批量作业(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="47"/>
        <source>Translate chapter</source>
        <translation>翻译本章</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="48"/>
        <source>Translate selected</source>
        <translation>翻译所选句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="82"/>
        <source>ACT jobs running: {0}</source>
        <translation>正在运行的 ACT 作业：{0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="85"/>
        <source>last ACT job {0}: {1}</source>
        <translation>最近的 ACT 作业 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="124"/>
        <source>Choose a chapter first.</source>
        <translation>请先选择一个章节。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="131"/>
        <source>Translate {0} with {1}?

{2}

This uses your AWS account.</source>
        <translation>用{1}翻译 {0}？

{2}

这会使用您的 AWS 账户（产生费用）。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="134"/>
        <source>Cost preview</source>
        <translation>费用预估</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="138"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="140"/>
        <source>{0} drafts</source>
        <translation>{0}草稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="140"/>
        <source>Memory drafts</source>
        <translation>翻译记忆草稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="141"/>
        <source>{0}{1}: {2} drafts, {3} segments without a draft</source>
        <translation>{0}{1}：{2} 条草稿，{3} 个句段没有草稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="145"/>
        <source>, {0} requests</source>
        <translation>，{0} 次请求</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="156"/>
        <source>Select the segments to translate first.</source>
        <translation>请先选择要翻译的句段。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="160"/>
        <source>ACT batch jobs translate whole chapters; drafting the whole chapter.</source>
        <translation>ACT 批量作业按整章翻译；将翻译整个章节。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="175"/>
        <source>preparing {0}</source>
        <translation>正在准备{0}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="180"/>
        <source>Translating…</source>
        <translation>正在翻译…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="196"/>
        <source>uploading the chapter and starting the job</source>
        <translation>正在上传章节并启动作业</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="204"/>
        <source>Batch job {0} is {1}; its drafts arrive when it ends (checked every minute, F6 to check now)</source>
        <translation>批量作业 {0} 状态为 {1}；作业结束后草稿会自动到达（每分钟检查一次，按 F6 立即检查）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="208"/>
        <source>ACT batch job</source>
        <translation>ACT 批量作业</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="208"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="215"/>
        <source>Batch jobs</source>
        <translation>批量作业</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="215"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="236"/>
        <source>No unfinished batch jobs.</source>
        <translation>没有未完成的批量作业。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/drafting.py" line="240"/>
        <source>, {0} drafts</source>
        <translation>，{0} 条草稿</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="51"/>
        <source>Type the translation; Ctrl+Enter accepts it and moves on</source>
        <translation>输入译文；按 Ctrl+Enter 确认并转到下一句</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="52"/>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="136"/>
        <source>Draft</source>
        <translation>机器译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="66"/>
        <source>Accept (Ctrl+Enter)</source>
        <translation>确认（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="70"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="75"/>
        <source>Reference</source>
        <translation>参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="77"/>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="92"/>
        <source>Diff: draft → final</source>
        <translation>差异：机器译文 → 定稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="92"/>
        <source>Diff: draft ↔ reference</source>
        <translation>差异：机器译文 ↔ 参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="99"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="99"/>
        <source>Suggestion</source>
        <translation>建议译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="99"/>
        <source>Memory source</source>
        <translation>记忆库原文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="112"/>
        <source>Translation memory and concordance (Enter or double-click to use)</source>
        <translation>翻译记忆与语料检索（按 Enter 或双击使用）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="136"/>
        <source>Draft ({0})</source>
        <translation>机器译文（{0}）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="156"/>
        <source>Source changed since this translation was made:</source>
        <translation>此译文完成后原文有改动：</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/editor_pane.py" line="185"/>
        <source>✓ QA</source>
        <translation>✓ 质检通过</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <location filename="../../amts_gui/engines/catalog.py" line="82"/>
        <source>Translation memory</source>
        <translation>翻译记忆库</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/catalog.py" line="90"/>
        <source>Amazon Translate</source>
        <translation>Amazon Translate</translation>
    </message>
    <message>
        <location filename="../../amts_gui/engines/catalog.py" line="98"/>
        <source>Amazon Translate + ACT (batch)</source>
        <translation>Amazon Translate + ACT（批量）</translation>
    </message>
</context>
<context>
    <name>ImportChapters</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="92"/>
        <source>Import chapters</source>
        <translation>导入章节</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="98"/>
        <source>Reference translation</source>
        <translation>参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="99"/>
        <source>Do these chapters have a human translation to align with? Choose its folder next.</source>
        <translation>这些章节有可供对齐的人工译文吗？接下来请选择其所在文件夹。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="106"/>
        <source>Folder of the reference translation</source>
        <translation>参考译文所在文件夹</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="56"/>
        <source>Review</source>
        <translation>审校</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="57"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="178"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="148"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="149"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="180"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="150"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="187"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="152"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="154"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="156"/>
        <source>&amp;Accept and go to next</source>
        <translation>确认并转到下一句(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="157"/>
        <source>&amp;Previous segment</source>
        <translation>上一句(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="158"/>
        <source>&amp;Next segment</source>
        <translation>下一句(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="159"/>
        <source>Copy &amp;draft to final</source>
        <translation>将机器译文复制到定稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="160"/>
        <source>Copy &amp;reference to final</source>
        <translation>将参考译文复制到定稿(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="161"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="162"/>
        <source>&amp;Concordance for the selected words</source>
        <translation>检索所选词语(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="193"/>
        <source>&amp;Translate</source>
        <translation>翻译(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="197"/>
        <source>&amp;Parallel data</source>
        <translation>平行语料(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="201"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="163"/>
        <source>&amp;Review</source>
        <translation>审校(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="164"/>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="165"/>
        <source>Refresh &amp;scores</source>
        <translation>刷新评分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="203"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="166"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="167"/>
        <source>&amp;About AMTS Studio</source>
        <translation>关于 AMTS Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="207"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="318"/>
        <source>That segment is no longer in the chapter.</source>
        <translation>该句段已不在本章中。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="250"/>
        <source>{0} chapters · {1} segments · {2} pairs</source>
        <translation>{0} 个章节 · {1} 个句段 · {2} 个句对</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="111"/>
        <source>{0} failed: {1}</source>
        <translation>{0} 失败：{1}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="115"/>
        <source>{0} is still running; wait for it or cancel it.</source>
        <translation>{0} 仍在运行；请等待或取消。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="277"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="329"/>
        <source>Settings saved. A new interface language applies at the next start.</source>
        <translation>设置已保存。新的界面语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="343"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="343"/>
        <source>Your data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="345"/>
        <source>About AMTS Studio</source>
        <translation>关于 AMTS Studio</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/main_window.py" line="340"/>
        <source>AMTS Studio: post-editing that teaches Amazon Translate (Active Custom Translation) from every accepted sentence.</source>
        <translation>AMTS Studio：译后编辑，每确认一句都让 Amazon Translate（主动自定义翻译）学到更多。</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="31"/>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="63"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="34"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="48"/>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="49"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="50"/>
        <source>Source language</source>
        <translation>源语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="51"/>
        <source>Target language</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="70"/>
        <source>Choose where to save the project file.</source>
        <translation>请选择项目文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="73"/>
        <source>{0} already exists; open it instead, or choose another name.</source>
        <translation>{0} 已存在；请直接打开它，或换一个名称。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/project_dialogs.py" line="76"/>
        <source>Source and target languages must differ.</source>
        <translation>源语言和目标语言不能相同。</translation>
    </message>
</context>
<context>
    <name>ParallelDataActions</name>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="32"/>
        <source>&amp;Align chapters with their reference</source>
        <translation>将章节与参考译文对齐(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="33"/>
        <source>&amp;Export pairs for Amazon Translate…</source>
        <translation>导出 Amazon Translate 平行语料(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="34"/>
        <source>&amp;Import translation memory…</source>
        <translation>导入翻译记忆库(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="35"/>
        <source>&amp;Push parallel data</source>
        <translation>推送平行数据(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="36"/>
        <source>&amp;Pull teammates&apos; parallel data</source>
        <translation>拉取团队成员的平行语料(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="43"/>
        <source>never pushed · {0} pairs pending</source>
        <translation>从未推送 · {0} 个句对待推送</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="45"/>
        <source>last push {0}: {1} · {2} pairs pending</source>
        <translation>上次推送 {0}：{1} · {2} 个句对待推送</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="62"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="64"/>
        <source>Aligned {0} chapters{1}: {2} sentence pairs, {3} flagged</source>
        <translation>已对齐 {0} 个章节{1}：{2} 个句对，{3} 个待核查</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="68"/>
        <source>No chapter has a reference translation to align with.</source>
        <translation>没有章节带有可对齐的参考译文。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="71"/>
        <source>Aligning</source>
        <translation>正在对齐</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="71"/>
        <source>loading the sentence encoder…</source>
        <translation>正在加载句子编码器…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="75"/>
        <source>Export pairs</source>
        <translation>导出平行语料</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="86"/>
        <source>Wrote {0} pairs to {1}; {2} skipped.</source>
        <translation>已将 {0} 个句对写入 {1}；跳过 {2} 个。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="91"/>
        <source>Import translation memory</source>
        <translation>导入翻译记忆库</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="100"/>
        <source>Imported {0} pairs; {1} already present</source>
        <translation>已导入 {0} 个句对；{1} 个已存在</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="115"/>
        <source>{0} {1}: {2}. {3} pairs sent, {4} imported, {5} failed, {6} skipped.</source>
        <translation>{0} {1}：{2}。已发送 {3} 个句对，导入 {4} 个，失败 {5} 个，跳过 {6} 个。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="120"/>
        <source>Parallel data not updated</source>
        <translation>平行数据未更新</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="121"/>
        <source>The previous version stays active; your local pairs are unchanged.</source>
        <translation>之前的版本仍然有效；本地句对没有变化。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="125"/>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="145"/>
        <source>Parallel data</source>
        <translation>平行数据</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="125"/>
        <source>Exporting pairs…</source>
        <translation>正在导出句对…</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="129"/>
        <source>downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="134"/>
        <source>{0}: {1} pairs added, {2} replaced by newer remote edits, {3} conflicts</source>
        <translation>{0}：新增 {1} 个句对，{2} 个被远程较新的修改替换，{3} 处冲突</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="142"/>
        <source>Pulled parallel data</source>
        <translation>已拉取平行数据</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/actions/parallel_data.py" line="145"/>
        <source>Pulling…</source>
        <translation>正在拉取…</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="41"/>
        <source>All segments</source>
        <translation>全部句段</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="42"/>
        <source>Untranslated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="43"/>
        <source>Needs review</source>
        <translation>待审校</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="44"/>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="45"/>
        <source>Accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="46"/>
        <source>Source changed</source>
        <translation>原文有变</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="47"/>
        <source>QA problems</source>
        <translation>质检问题</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="78"/>
        <source>Find in source and target (Ctrl+F)</source>
        <translation>在原文和译文中查找（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="96"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="251"/>
        <source>Every segment in this list is accepted.</source>
        <translation>列表中的所有句段均已确认。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="274"/>
        <source>Edit segment {0}</source>
        <translation>编辑第 {0} 句</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="288"/>
        <source>Nothing to accept: the final is empty. Ctrl+Shift+D copies the draft.</source>
        <translation>没有可确认的内容：定稿为空。按 Ctrl+Shift+D 复制机器译文。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="298"/>
        <source>Accept segment {0}</source>
        <translation>确认第 {0} 句</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="301"/>
        <source>Accepted segment {0} with QA warnings: {1}</source>
        <translation>已确认第 {0} 句，但有质检警告：{1}</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="311"/>
        <source>This segment has no draft yet (Ctrl+T drafts the chapter from memory).</source>
        <translation>此句段还没有机器译文（按 Ctrl+T 用记忆库翻译本章）。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="319"/>
        <source>This segment has no aligned reference (Ctrl+Shift+A aligns the chapter).</source>
        <translation>此句段没有对齐的参考译文（按 Ctrl+Shift+A 对齐本章）。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="342"/>
        <source>Select some words in the source or the final first, then press F3.</source>
        <translation>请先在原文或定稿中选中词语，再按 F3。</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/review_tab.py" line="367"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="56"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="57"/>
        <source>Draft</source>
        <translation>机器译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="58"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="59"/>
        <source>Reference</source>
        <translation>参考译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="60"/>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="61"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="62"/>
        <source>TM %</source>
        <translation>匹配 %</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="63"/>
        <source>untranslated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="64"/>
        <source>draft</source>
        <translation>机器译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="65"/>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="66"/>
        <source>accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/review/segment_model.py" line="191"/>
        <source>the source sentence is new or changed since the first import</source>
        <translation>此原文句子是首次导入后新增或修改的</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="31"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="40"/>
        <source>Default engine</source>
        <translation>默认引擎</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="43"/>
        <source>Memory drafts from matches of at least</source>
        <translation>记忆库译文的最低匹配度</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="46"/>
        <source>Show suggestions as TM matches from</source>
        <translation>作为记忆库匹配显示的最低匹配度</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="49"/>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="55"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="52"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="55"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="55"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="58"/>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="63"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/settings_dialog.py" line="64"/>
        <source>Amazon Translate</source>
        <translation>Amazon Translate</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="31"/>
        <source>Insert placeholder ⟦1⟧ … ⟦9⟧ in the final</source>
        <translation>在定稿中插入占位符 ⟦1⟧ … ⟦9⟧</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="34"/>
        <source>Delete a placeholder (the first press selects it)</source>
        <translation>删除占位符（第一次按键先选中它）</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="36"/>
        <source>Use the selected suggestion</source>
        <translation>使用所选建议译文</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="45"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="49"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../amts_gui/gui/dialogs/shortcut_sheet.py" line="49"/>
        <source>Action</source>
        <translation>操作</translation>
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
</TS>
