<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../alchemist_gui/classroom/classroom.py" line="25" />
        <source>Open a &amp;scene…</source>
        <translation>打开场景(&amp;S)……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/classroom.py" line="27" />
        <source>Save this s&amp;cene…</source>
        <translation>保存当前场景(&amp;C)……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/classroom.py" line="29" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/classroom.py" line="31" />
        <source>&amp;Copy a picture of the stage</source>
        <translation>把舞台画面复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/classroom.py" line="32" />
        <source>Show the &amp;hidden controls</source>
        <translation>显示被隐藏的控件(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/classroom.py" line="33" />
        <source>&amp;Presentation</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_gui.py" line="53" />
        <source>There is nothing to export yet: the workshop is still getting ready.</source>
        <translation>还没有可以导出的内容：工坊还在准备中。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_gui.py" line="92" />
        <source>Exported “%1” (%2) in %3 s.</source>
        <translation>已导出“%1”（%2），用时 %3 秒。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_gui.py" line="94" />
        <source>Show the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_gui.py" line="100" />
        <source>The export failed, and nothing was written: %1</source>
        <translation>导出失败，没有写入任何文件：%1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_gui.py" line="106" />
        <source>The export of “%1” was cancelled: nothing was written.</source>
        <translation>已取消导出“%1”：没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_gui.py" line="116" />
        <source>Copied a picture of the stage (%1 × %2 pixels) to the clipboard.</source>
        <translation>已把舞台画面（%1 × %2 像素）复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="36" />
        <source>The scene “%1” was saved by a newer version of Alchemist (scene format %2; this version reads up to format %3). Update Alchemist to open it.</source>
        <translation>场景“%1”是由更新版本的 Alchemist 保存的（场景格式 %2；当前版本最多只能读取格式 %3）。请先更新 Alchemist 再打开。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="40" />
        <source>The scene “%1” is damaged or cut short, so it was not opened (%2).</source>
        <translation>场景“%1”已损坏或不完整，因此没有打开（%2）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="43" />
        <source>“%1” is not an Alchemist scene, so it was not opened (%2).</source>
        <translation>“%1”不是 Alchemist 场景文件，因此没有打开（%2）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="45" />
        <source>The scene “%1” could not be opened: %2.</source>
        <translation>无法打开场景“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="49" />
        <source>Its model folder “%1” is not on this computer, so it shows the bundled model instead.</source>
        <translation>这台电脑上没有它的模型文件夹“%1”，因此改用内置模型显示。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="71" />
        <source>There is nothing to save yet: the workshop is still getting ready.</source>
        <translation>还没有可以保存的内容：工坊还在准备中。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="91" />
        <source>The scene could not be saved: %1</source>
        <translation>无法保存场景：%1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="94" />
        <source>Saved the scene “%1”.</source>
        <translation>已保存场景“%1”。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="102" />
        <source>Save this scene</source>
        <translation>保存当前场景</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="103" />
        <source>Alchemist scenes (*.alchemist)</source>
        <translation>Alchemist 场景 (*.alchemist)</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="109" />
        <source>Open a scene</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="110" />
        <source>Alchemist scenes (*.alchemist);;All files (*)</source>
        <translation>Alchemist 场景 (*.alchemist);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="156" />
        <source>Opened the scene “%1”.</source>
        <translation>已打开场景“%1”。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="160" />
        <source>Some controls are hidden for this lesson: File › Show the hidden controls brings them back.</source>
        <translation>这节课隐藏了一些控件：选择“文件 › 显示被隐藏的控件”即可恢复。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/scenes.py" line="170" />
        <source>The scene “%1” could not be shown: %2</source>
        <translation>无法显示场景“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="152" />
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="208" />
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="221" />
        <source>The numbers of the whole run, as the model computed them (no picture).</source>
        <translation>整次运行的数值，与模型算出的完全一致（不含图片）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="225" />
        <source>The stage near the end of “%1”.</source>
        <translation>“%1”这一步快结束时的舞台。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="226" />
        <source>The stage as it is now (%1 into the story).</source>
        <translation>舞台此刻的样子（故事进行到 %1）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="239" />
        <source>%1 frames: %2 s of the story.</source>
        <translation>共 %1 帧：故事中的 %2 秒。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="242" />
        <source>The file name must end in .png, .svg, .gif, .mp4, .json, .npz or .csv: the ending chooses the format.</source>
        <translation>文件名必须以 .png、.svg、.gif、.mp4、.json、.npz 或 .csv 结尾：扩展名决定导出的格式。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="247" />
        <source>Pictures: .png .svg · animations: .gif .mp4 · numbers: .json .npz .csv</source>
        <translation>图片：.png .svg · 动画：.gif .mp4 · 数值：.json .npz .csv</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="249" />
        <source>A picture of the stage (PNG).</source>
        <translation>舞台的图片（PNG）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="250" />
        <source>A picture of the stage as vector graphics (SVG): sharp on any slide.</source>
        <translation>舞台的矢量图（SVG）：放进任何幻灯片都清晰锐利。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="251" />
        <source>An animation that loops (GIF).</source>
        <translation>循环播放的动画（GIF）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="252" />
        <source>A video (H.264 MP4).</source>
        <translation>视频（H.264 MP4）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="253" />
        <source>The trace's numbers as JSON (what `trace --json` prints).</source>
        <translation>追踪结果的数值，JSON 格式（与 `trace --json` 的输出相同）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="254" />
        <source>Every array of the trace at full precision (NumPy .npz).</source>
        <translation>追踪结果中的每个数组，保留全部精度（NumPy .npz）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="255" />
        <source>The followed head's attention matrix, with the words as labels (CSV).</source>
        <translation>当前跟随的注意力头的注意力矩阵，以词作为行列标签（CSV）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="259" />
        <source>Pictures (*.png *.svg)</source>
        <translation>图片 (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="259" />
        <source>Animations (*.gif *.mp4)</source>
        <translation>动画 (*.gif *.mp4)</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="260" />
        <source>Numbers (*.json *.npz *.csv)</source>
        <translation>数值 (*.json *.npz *.csv)</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="261" />
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="267" />
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="278" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="268" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="269" />
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="270" />
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="271" />
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="272" />
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="273" />
        <source>Frames a second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="274" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="275" />
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="276" />
        <source>With the narration as a caption</source>
        <translation>附上旁白字幕</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="277" />
        <source>The step's title and line under the stage, in the window's language</source>
        <translation>在舞台下方显示这一步的标题和旁白，语言与窗口相同</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="279" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="285" />
        <source>This moment (%1, “%2”)</source>
        <translation>此刻（%1，“%2”）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="286" />
        <source>The end of the step</source>
        <translation>某一步的结尾</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="288" />
        <source>This step (“%1”)</source>
        <translation>当前这一步（“%1”）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="289" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="290" />
        <source>The whole story</source>
        <translation>整个故事</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="330" />
        <source>Frame %1 of %2</source>
        <translation>第 %1 帧，共 %2 帧</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="334" />
        <source>working out the time left…</source>
        <translation>正在估算剩余时间……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="336" />
        <source>about %1 left</source>
        <translation>大约还剩 %1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="343" />
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="344" />
        <source>Exporting “%1”…</source>
        <translation>正在导出“%1”……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/export_dialog.py" line="345" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="49" />
        <source>Save this scene</source>
        <translation>保存当前场景</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="50" />
        <source>Hide controls from whoever opens this scene</source>
        <translation>对打开这个场景的人隐藏控件</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="52" />
        <source>For a lesson: a hidden control cannot be used until someone chooses File › Show the hidden controls. For example, hide the rope switch until the class has guessed what the rope does.</source>
        <translation>用于上课：被隐藏的控件无法使用，直到有人选择“文件 › 显示被隐藏的控件”。例如，先隐藏绳子开关，等全班猜出绳子的作用后再揭晓。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="55" />
        <source>The rope switch (causal mask)</source>
        <translation>绳子开关（因果掩码）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="56" />
        <source>The badges switch (positional encoding)</source>
        <translation>号码牌开关（位置编码）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="57" />
        <source>Shuffling the words</source>
        <translation>打乱词序</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="58" />
        <source>The pickiness slider (temperature)</source>
        <translation>挑剔程度滑块（温度）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="59" />
        <source>Silencing heads (knock-out)</source>
        <translation>让注意力头静音（敲除）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="60" />
        <source>Changing the sentence</source>
        <translation>修改句子</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="61" />
        <source>Opening another model</source>
        <translation>打开其他模型</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="62" />
        <source>Choosing a training step (checkpoint)</source>
        <translation>选择训练步数（检查点）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="66" />
        <source>Save…</source>
        <translation>保存……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/classroom/lock_dialog.py" line="67" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
