<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <source>play or pause the story</source>
        <translation>播放或暂停故事</translation>
    </message>
    <message>
        <source>next or previous step</source>
        <translation>下一步或上一步</translation>
    </message>
    <message>
        <source>the start of the story, the prediction</source>
        <translation>故事的开头、预测</translation>
    </message>
    <message>
        <source>fit the workshop to the view</source>
        <translation>让工坊适合窗口大小</translation>
    </message>
    <message>
        <source>zoom the workshop</source>
        <translation>缩放工坊</translation>
    </message>
    <message>
        <source>in the sentence box: run the sentence</source>
        <translation>在句子框中：运行这个句子</translation>
    </message>
    <message>
        <source>leave the sentence box (the keys go back to the story)</source>
        <translation>离开句子框（按键重新控制故事）</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <source>presentation mode, for a projector (Esc leaves)</source>
        <translation>演示模式，用于投影（按 Esc 退出）</translation>
    </message>
    <message>
        <source>Play: the chapter map</source>
        <translation>游戏：章节地图</translation>
    </message>
    <message>
        <source>Learning: the workshop as it learned</source>
        <translation>学艺：工坊是怎样学会的</translation>
    </message>
    <message>
        <source>fold the side panels away, or back</source>
        <translation>收起侧边面板，或重新展开</translation>
    </message>
    <message>
        <source>The workshop</source>
        <translation>工坊</translation>
    </message>
    <message>
        <source>Every word of the sentence has a workbench: a bottle of its own potion (its value) with a tag (its key), and an alchemist holding a recipe (his query). The story plays the real model's forward pass in twelve steps; the line under the stage says what happens in the metaphor, and &lt;i&gt;Technical note&lt;/i&gt; unfolds the real formula with this sentence's numbers.</source>
        <translation>句子里的每个词都有一张工作台：一瓶属于它自己的药水（它的值 value），瓶上挂着标签（它的键 key），还有一位手持配方（他的查询 query）的炼金术士。故事用十二步演示真实模型的前向计算；舞台下方的一行文字用比喻说明正在发生什么，展开&lt;i&gt;技术说明&lt;/i&gt;可以看到真正的公式和这个句子的实际数字。</translation>
    </message>
    <message>
        <source>Following an alchemist</source>
        <translation>跟随一位炼金术士</translation>
    </message>
    <message>
        <source>Click a word on the stage to follow its alchemist; right-click an alchemist for more (silence his head, show him in the inspector). Block and Head above the stage choose which floor and which alchemist the story shows.</source>
        <translation>点击舞台上的一个词，就能跟随它的炼金术士；右键点击炼金术士可以做更多事（让他的注意力头静音、在检查器中查看他）。舞台上方的“层”和“头”决定故事展示哪一层楼、哪一位炼金术士。</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>The switches change the real computation and run the model again: the rope (causal mask), the badges (positional encoding), shuffling the words, the pickiness (attention temperature) and silencing heads.</source>
        <translation>这些开关会改变真实的计算并重新运行模型：绳子（因果掩码）、号码牌（位置编码）、打乱词序、挑剔程度（注意力温度）以及让注意力头静音。</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>The numbers behind the stage: who pours from whom (attention), every head of the block, the next-word probabilities and the logit lens.</source>
        <translation>舞台背后的数字：谁从谁那里倒药水（注意力）、这一层的每个头、下一个词的概率以及 logit lens。</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <source>What the last experiment changed, side by side and as a difference.</source>
        <translation>上一次实验改变了什么：并排对比，并给出差值。</translation>
    </message>
    <message>
        <source>Your own sentence or model</source>
        <translation>你自己的句子或模型</translation>
    </message>
    <message>
        <source>Type a sentence and press Enter. File › Open model folder… opens any GPT-2 folder in Hugging Face's layout (config.json, model.safetensors and tokenizer.json or vocab.json + merges.txt).</source>
        <translation>输入一个句子并按回车。“文件 › 打开模型文件夹…”可以打开任何 Hugging Face 格式的 GPT-2 文件夹（config.json、model.safetensors，以及 tokenizer.json 或 vocab.json + merges.txt）。</translation>
    </message>
    <message>
        <source>How to use Alchemist</source>
        <translation>如何使用 Alchemist</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <source>the bundled model</source>
        <translation>自带模型</translation>
    </message>
    <message>
        <source>%1: %2 blocks × %3 heads, %4 numbers per word, %5 tokens</source>
        <translation>%1：%2 层 × %3 个头，每个词 %4 个数字，%5 个词元</translation>
    </message>
    <message>
        <source>Alchemist shows how a GPT works by animating the numbers of a real model as a workshop of alchemists. Every number on screen comes from the live engine.</source>
        <translation>Alchemist 把一个真实模型的数字演成一座炼金工坊，展示 GPT 是如何工作的。屏幕上的每一个数都来自正在运行的引擎。</translation>
    </message>
    <message>
        <source>About Alchemist</source>
        <translation>关于 Alchemist</translation>
    </message>
    <message>
        <source>The log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Nothing went wrong so far: the log is empty.</source>
        <translation>到目前为止一切正常：日志是空的。</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>A model folder in Hugging Face's GPT-2 layout holds &lt;b&gt;config.json&lt;/b&gt;, the weights as &lt;b&gt;model.safetensors&lt;/b&gt; (pickled weights are never opened) and &lt;b&gt;tokenizer.json&lt;/b&gt; or &lt;b&gt;vocab.json&lt;/b&gt; + &lt;b&gt;merges.txt&lt;/b&gt;. Any GPT-2-architecture model opens: GPT-2 small to XL, or a workshop you trained yourself.</source>
        <translation>Hugging Face GPT-2 格式的模型文件夹包含 &lt;b&gt;config.json&lt;/b&gt;、以 &lt;b&gt;model.safetensors&lt;/b&gt; 保存的权重（从不打开 pickle 格式的权重），以及 &lt;b&gt;tokenizer.json&lt;/b&gt; 或 &lt;b&gt;vocab.json&lt;/b&gt; + &lt;b&gt;merges.txt&lt;/b&gt;。任何 GPT-2 架构的模型都能打开：从 GPT-2 small 到 XL，或者你自己训练的工坊。</translation>
    </message>
    <message>
        <source>To get GPT-2 small, run this once on a computer with internet (it needs the &lt;i&gt;transformers&lt;/i&gt; package), then open the folder it writes:</source>
        <translation>要获得 GPT-2 small，请在一台能上网的电脑上运行一次下面的命令（需要 &lt;i&gt;transformers&lt;/i&gt; 包），然后打开它写出的文件夹：</translation>
    </message>
    <message>
        <source>Open a model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Use the bundled model</source>
        <translation>使用自带模型</translation>
    </message>
    <message>
        <source>Open a GPT-2 model folder</source>
        <translation>打开一个 GPT-2 模型文件夹</translation>
    </message>
    <message>
        <source>&amp;Open model folder…</source>
        <translation>打开模型文件夹(&amp;O)……</translation>
    </message>
    <message>
        <source>Use the &amp;bundled model</source>
        <translation>使用自带的模型(&amp;B)</translation>
    </message>
    <message>
        <source>Save a &amp;picture of the window…</source>
        <translation>把窗口保存为图片(&amp;P)……</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>回到开头</translation>
    </message>
    <message>
        <source>Jump to the prediction</source>
        <translation>跳到预测</translation>
    </message>
    <message>
        <source>Fit the workshop</source>
        <translation>让工坊适应窗口</translation>
    </message>
    <message>
        <source>Reset the layout</source>
        <translation>恢复默认布局</translation>
    </message>
    <message>
        <source>Show or hide the side panels</source>
        <translation>显示或隐藏侧边面板</translation>
    </message>
    <message>
        <source>Show the log</source>
        <translation>查看日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>故事(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>The workshop still shows “%1”.</source>
        <translation>工坊仍在展示“%1”。</translation>
    </message>
    <message>
        <source>This model does not know %1: the workshop reads it as &lt;unk&gt; (an unknown word).</source>
        <translation>这个模型不认识 %1：工坊把它读作 &lt;unk&gt;（未知词）。</translation>
    </message>
    <message>
        <source>The model reads at most %1 tokens: the first %2 were left out.</source>
        <translation>模型最多读 %1 个词元：前面的 %2 个被略去了。</translation>
    </message>
    <message>
        <source>Shuffled: the workshop reads “%1”. Switch Shuffle off to restore the order.</source>
        <translation>已打乱：工坊读到的是“%1”。关掉“打乱词序”即可恢复原来的顺序。</translation>
    </message>
    <message>
        <source>rope off</source>
        <translation>没有绳子</translation>
    </message>
    <message>
        <source>badges off</source>
        <translation>没有号码牌</translation>
    </message>
    <message>
        <source>pickiness T = %1</source>
        <translation>挑剔程度 T = %1</translation>
    </message>
    <message>
        <source>heads silenced: %1</source>
        <translation>已静音的头：%1</translation>
    </message>
    <message>
        <source>words shuffled</source>
        <translation>词序已打乱</translation>
    </message>
    <message>
        <source>poured by hand: %1</source>
        <translation>手动倾倒：%1</translation>
    </message>
    <message>
        <source>none (below %1)</source>
        <translation>没有（小于 %1）</translation>
    </message>
    <message>
        <source>everything on</source>
        <translation>全部开启</translation>
    </message>
    <message>
        <source>Where it matters: “%1” (%2 → %3).</source>
        <translation>在这里它会起作用：“%1”（%2 → %3）。</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>试试看</translation>
    </message>
    <message>
        <source>Last time: %1 — restore?</source>
        <translation>上次：%1——要恢复吗？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The workshop is getting ready: the model is loading…</source>
        <translation>工坊正在准备：模型加载中…</translation>
    </message>
    <message>
        <source>⚗ The model is thinking…</source>
        <translation>⚗ 模型正在思考……</translation>
    </message>
    <message>
        <source>Space pauses · ← → step through the story · click a word to follow its alchemist</source>
        <translation>空格键暂停 · ← → 逐步浏览故事 · 点击一个词即可跟随它的炼金术士</translation>
    </message>
    <message>
        <source>Press ▶ or Space to watch the model think · → goes one step at a time</source>
        <translation>按 ▶ 或空格键，看模型如何思考 · 按 → 一次前进一步</translation>
    </message>
    <message>
        <source>⚠ not known to this model: %1</source>
        <translation>⚠ 这个模型不认识：%1</translation>
    </message>
    <message>
        <source>tokens: %1</source>
        <translation>词元：%1</translation>
    </message>
    <message>
        <source>✓ every word known</source>
        <translation>✓ 每个词都认识</translation>
    </message>
    <message>
        <source>Click for the words this model knows</source>
        <translation>点击查看这个模型认识的词</translation>
    </message>
    <message>
        <source>Words this model knows</source>
        <translation>这个模型认识的词</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>%1 words and characters. Double-click one to add it to the sentence.</source>
        <translation>共 %1 个词和字。双击一个，把它加到句子里。</translation>
    </message>
    <message>
        <source>Part of the app could not start (%1); Help › Show log has the details.</source>
        <translation>应用的一部分未能启动（%1）；“帮助 › 查看日志”里有详细信息。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>The two runs read different tokens, so they cannot be lined up.</source>
        <translation>两次运行读到的词元不同，无法一一对齐。</translation>
    </message>
    <message>
        <source>The shuffled run is moved back into the original order first.</source>
        <translation>打乱后的结果先被挪回原来的顺序。</translation>
    </message>
    <message>
        <source>Shuffle the words with the rope and the badges off: the flasks come out the same, only moved. Try the button below.</source>
        <translation>去掉绳子和号码牌，再打乱词序：烧瓶里的东西完全一样，只是换了位置。试试下面的按钮。</translation>
    </message>
    <message>
        <source>after, moved back</source>
        <translation>之后，挪回原位</translation>
    </message>
    <message>
        <source>before: after “%1”</source>
        <translation>之前：在“%1”之后</translation>
    </message>
    <message>
        <source>This run is the baseline. Flip a switch in Experiments: this view then shows what it changed, before and after.</source>
        <translation>这次运行就是基准。在“实验”里拨动一个开关：这里就会显示它改变了什么，前后对比。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before&lt;/b&gt; (the baseline): %1</source>
        <translation>&lt;b&gt;之前&lt;/b&gt;（基准）：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;After&lt;/b&gt; (on the stage): %1</source>
        <translation>&lt;b&gt;之后&lt;/b&gt;（舞台上）：%1</translation>
    </message>
    <message>
        <source>after − before</source>
        <translation>之后 − 之前</translation>
    </message>
    <message>
        <source>Block %1, head %2: the largest change of a share is %3. Red: pours more after the change; blue: less; the scale runs from −1 to +1.</source>
        <translation>第 %1 层、第 %2 个头：份额的最大变化是 %3。红色：改变后倒得更多；蓝色：更少；色标从 −1 到 +1。</translation>
    </message>
    <message>
        <source>after: after “%1”</source>
        <translation>之后：在“%1”之后</translation>
    </message>
    <message>
        <source>“%1”: %2 before, %3 after.</source>
        <translation>“%1”：之前 %2，之后 %3。</translation>
    </message>
    <message>
        <source>after (shuffled)</source>
        <translation>之后（打乱的顺序）</translation>
    </message>
    <message>
        <source>Same flasks, just moved: the largest difference over every head of every block is %1 (float rounding: %2).</source>
        <translation>烧瓶一样，只是换了位置：所有层所有头的最大差异是 %1（浮点舍入：%2）。</translation>
    </message>
    <message>
        <source>Use this run as the baseline</source>
        <translation>把这次运行设为基准</translation>
    </message>
    <message>
        <source>Later experiments are compared with the run on the stage now</source>
        <translation>之后的实验都会和舞台上现在这次运行比较</translation>
    </message>
    <message>
        <source>Baseline: everything on</source>
        <translation>基准：全部开启</translation>
    </message>
    <message>
        <source>Not the same: the largest difference is %1. The order mattered — the rope or the badges are on.</source>
        <translation>不一样：最大的差别是 %1。顺序起了作用——绳子或号码牌还在。</translation>
    </message>
    <message>
        <source>Each flask's colour is its head output seen through the stage's colour map. Below, the exact numbers: one row per word (original order), one column per number of the flask (%1). Moves: %2</source>
        <translation>每个烧瓶的颜色就是它的头输出经过舞台颜色映射后的样子。下面是精确的数：每个词一行（原来的顺序），烧瓶里的每个数一列（共 %1 个）。移动：%2</translation>
    </message>
    <message>
        <source>Attention of the chosen head</source>
        <translation>所选头的注意力</translation>
    </message>
    <message>
        <source>Next word</source>
        <translation>下一个词</translation>
    </message>
    <message>
        <source>Same flasks, moved?</source>
        <translation>同样的烧瓶，只是换了位置？</translation>
    </message>
    <message>
        <source>Show me: shuffle an order-blind workshop</source>
        <translation>演示：打乱一个不分顺序的工坊</translation>
    </message>
</context>
<context>
    <name>ExperimentsPanel</name>
    <message>
        <source>Switches</source>
        <translation>开关</translation>
    </message>
    <message>
        <source>Causal mask (the rope)</source>
        <translation>因果掩码（绳子）</translation>
    </message>
    <message>
        <source>Each word pours only from itself and the words before it.</source>
        <translation>每个词只从自己和它前面的词里倒。</translation>
    </message>
    <message>
        <source>Off: every word may also peek at the words after it</source>
        <translation>关：每个词也能偷看它后面的词</translation>
    </message>
    <message>
        <source>Positional encoding (the badges)</source>
        <translation>位置编码（号码牌）</translation>
    </message>
    <message>
        <source>Off: the workshop cannot tell where each word stands.</source>
        <translation>关：工坊分不清每个词站在哪里。</translation>
    </message>
    <message>
        <source>Word order</source>
        <translation>词序</translation>
    </message>
    <message>
        <source>Shuffle the words</source>
        <translation>打乱词序</translation>
    </message>
    <message>
        <source>Run the same words in a random order</source>
        <translation>用随机的顺序运行同样的词</translation>
    </message>
    <message>
        <source>Another random order</source>
        <translation>换一个随机顺序</translation>
    </message>
    <message>
        <source>Rope and badges off: a shuffle gives the same flasks, just moved.</source>
        <translation>去掉绳子和号码牌：打乱词序得到同样的烧瓶，只是换了位置。</translation>
    </message>
    <message>
        <source>Show me: order-blind workshop</source>
        <translation>演示：不分顺序的工坊</translation>
    </message>
    <message>
        <source>Switch the rope and the badges off, then shuffle, and compare</source>
        <translation>先去掉绳子和号码牌，再打乱词序，然后对比</translation>
    </message>
    <message>
        <source>Attention pickiness (temperature)</source>
        <translation>注意力的挑剔程度（温度）</translation>
    </message>
    <message>
        <source>◀ picky</source>
        <translation>◀ 挑剔</translation>
    </message>
    <message>
        <source>easy-going ▶</source>
        <translation>随和 ▶</translation>
    </message>
    <message>
        <source>Scores are divided by T before the softmax.</source>
        <translation>得分在 softmax 之前除以 T。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>复原</translation>
    </message>
    <message>
        <source>Temperature T, from 0.1 to 10 (logarithmic). Small T: pour almost only from the best match. Large T: pour from everyone evenly.</source>
        <translation>温度 T，从 0.1 到 10（对数刻度）。T 小：几乎只从最匹配的瓶子倒。T 大：从每个瓶子平均地倒。</translation>
    </message>
    <message>
        <source>Silence heads (knock-out)</source>
        <translation>让头静音（敲除）</translation>
    </message>
    <message>
        <source>Click a head to silence it: its alchemist still works, but his flask is poured away.</source>
        <translation>单击一个头让它静音：它的炼金师照样干活，但他的烧瓶会被倒掉。</translation>
    </message>
    <message>
        <source>Also: right-click an alchemist on the stage</source>
        <translation>也可以：在舞台上右键点击一位炼金术士</translation>
    </message>
    <message>
        <source>Restore all heads</source>
        <translation>恢复所有头</translation>
    </message>
    <message>
        <source>Reset all experiments</source>
        <translation>复原所有实验</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>第 %1 块</translation>
    </message>
    <message>
        <source>Silence head %1 of block %2</source>
        <translation>让第 %2 块的第 %1 个头静音</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>“%1” cannot see “%2”: it comes later (behind the rope)</source>
        <translation>“%1”看不到“%2”：它在后面（绳子后边）</translation>
    </message>
    <message>
        <source>“%1” pours %2 from “%3”</source>
        <translation>“%1”从“%3”倒了 %2</translation>
    </message>
    <message>
        <source>Point at a square to read its share.</source>
        <translation>把鼠标指向一个方格，读出它的份额。</translation>
    </message>
    <message>
        <source>head %1 (silenced)</source>
        <translation>第 %1 个头（已静音）</translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>第 %1 个头</translation>
    </message>
    <message>
        <source>after block %1</source>
        <translation>第 %1 块之后</translation>
    </message>
    <message>
        <source>Block %1, head %2: who pours from whom</source>
        <translation>第 %1 块，第 %2 个头：谁从谁那里倒</translation>
    </message>
    <message>
        <source>pouring word (query)</source>
        <translation>倒的词（查询）</translation>
    </message>
    <message>
        <source>bottle (key)</source>
        <translation>瓶子（键）</translation>
    </message>
    <message>
        <source>All heads of block %1 — click one to follow it</source>
        <translation>第 %1 块的所有头——单击一个即可跟随它</translation>
    </message>
    <message>
        <source>Next word: the model's real probabilities</source>
        <translation>下一个词：模型真实的概率</translation>
    </message>
    <message>
        <source>Logit lens: the best guess after each block</source>
        <translation>Logit lens：每一块之后的最佳猜测</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>The last word's flask, read out: how likely each word is to come next.</source>
        <translation>读出最后一个词的瓶子：每个词接在后面的可能性有多大。</translation>
    </message>
    <message>
        <source>Reading the stream early: what the model would say if it stopped after each block.</source>
        <translation>提前读取残差流：如果模型在每一块之后就停下，它会说什么。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The model ran in %1 ms.</source>
        <translation>模型运行用了 %1 毫秒。</translation>
    </message>
    <message>
        <source>Alchemist — watch a GPT think</source>
        <translation>Alchemist 炼金工坊——看 GPT 如何思考</translation>
    </message>
    <message>
        <source>Save a picture of the window</source>
        <translation>把窗口保存为图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>无法保存 %1。</translation>
    </message>
</context>
<context>
    <name>NarrationPanel</name>
    <message>
        <source>The workshop is getting ready…</source>
        <translation>工坊正在准备……</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Technical note: the real maths</source>
        <translation>技术说明：真实的数学</translation>
    </message>
    <message>
        <source>Show the formula with this sentence's actual numbers</source>
        <translation>显示公式以及这个句子的实际数字</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <source>Following “%1” (word %2)</source>
        <translation>正在跟随“%1”（第 %2 个词）</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>块</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>头</translation>
    </message>
    <message>
        <source>Which block (layer) the workshop shows</source>
        <translation>工坊展示哪一块（层）</translation>
    </message>
    <message>
        <source>Which head (alchemist) the story follows</source>
        <translation>故事跟随哪一个头（炼金师）</translation>
    </message>
    <message>
        <source>Click a word on the stage to follow its alchemist</source>
        <translation>在舞台上单击一个词，跟随它的炼金师</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Zoom the workshop to fit (Ctrl+0). Ctrl+wheel zooms.</source>
        <translation>缩放工坊以适应窗口（Ctrl+0）。Ctrl+滚轮可以缩放。</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Show or hide the side panels (F9): more room for the workshop</source>
        <translation>显示或隐藏侧边面板（F9）：给工坊留出更多空间</translation>
    </message>
</context>
<context>
    <name>SentenceBar</name>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型……</translation>
    </message>
    <message>
        <source>bundled model</source>
        <translation>自带模型</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt; · %2 blocks × %3 heads</source>
        <translation>模型：&lt;b&gt;%1&lt;/b&gt; · %2 块 × %3 个头</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>%1 numbers per word, %2 words in its vocabulary, reads up to %3 tokens</source>
        <translation>每个词 %1 个数，词表里有 %2 个词，最多读 %3 个词元</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Type a sentence and press Enter, or pick an example</source>
        <translation>输入一个句子并按回车，或者选一个示例</translation>
    </message>
    <message>
        <source>Type a sentence…</source>
        <translation>输入一个句子……</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run the model on this sentence (Enter)</source>
        <translation>用这个句子运行模型（回车）</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>打开模型……</translation>
    </message>
    <message>
        <source>Open any GPT-2 model folder</source>
        <translation>打开任意一个 GPT-2 模型文件夹</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The sentence is empty: type a few words, or pick an example.</source>
        <translation>句子是空的：输入几个词，或者选一个示例。</translation>
    </message>
    <message>
        <source>That text is too long (%1 characters): paste at most %2.</source>
        <translation>这段文字太长了（%1 个字符）：最多粘贴 %2 个字符。</translation>
    </message>
    <message>
        <source>The model folder used last time could not be opened (%1). Showing the bundled model.</source>
        <translation>上次使用的模型文件夹无法打开（%1）。现在展示自带的模型。</translation>
    </message>
    <message>
        <source>None of the words in “%1” are in this model's vocabulary, so it would only see &lt;unk&gt;. Try one of the example sentences.</source>
        <translation>“%1”里没有一个词在这个模型的词表里，它只会看到 &lt;unk&gt;。试试示例句子吧。</translation>
    </message>
    <message>
        <source>This run cannot be shown: %1</source>
        <translation>这次运行无法显示：%1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Back to the start</source>
        <translation>回到开头</translation>
    </message>
    <message>
        <source>Previous step (←)</source>
        <translation>上一步（←）</translation>
    </message>
    <message>
        <source>Next step (→)</source>
        <translation>下一步（→）</translation>
    </message>
    <message>
        <source>Drag to scrub through the whole story</source>
        <translation>拖动即可浏览整个故事</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
</context>
</TS>