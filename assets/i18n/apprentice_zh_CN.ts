<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../alchemist_gui/apprentice/apprenticeship.py" line="77"/>
        <source>Learning</source>
        <translation>学艺</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/apprenticeship.py" line="82"/>
        <source>&amp;Learning: the workshop as it learned</source>
        <translation>学艺：工坊是怎样学会的(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/apprenticeship.py" line="84"/>
        <source>&amp;Train your own workshop…</source>
        <translation>训练你自己的工坊(&amp;T)……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/folders.py" line="46"/>
        <source>Choose a folder to keep the new workshop in.</source>
        <translation>请选择一个文件夹来存放新的工坊。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/folders.py" line="49"/>
        <source>Give the whole path of the folder (for example %1).</source>
        <translation>请写出文件夹的完整路径（例如 %1）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/folders.py" line="52"/>
        <source>“%1” is a file. The workshop is a folder: choose a name that does not exist yet.</source>
        <translation>“%1”是一个文件。工坊是一个文件夹：请选一个还不存在的名字。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/folders.py" line="55"/>
        <source>“%1” already holds files, and training would replace them. Choose a new folder.</source>
        <translation>“%1”里已经有文件了，训练会把它们替换掉。请另选一个新的文件夹。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/folders.py" line="61"/>
        <source>“%1” is a file, so no folder can be made inside it.</source>
        <translation>“%1”是一个文件，没法在它里面建文件夹。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/folders.py" line="63"/>
        <source>This app may not write in “%1”. Choose a folder of your own.</source>
        <translation>这个应用无权写入“%1”。请选一个你自己的文件夹。</translation>
    </message>
</context>
<context>
    <name>ApprenticePanel</name>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="227"/>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="308"/>
        <source>other words</source>
        <translation>其他词</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="274"/>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="274"/>
        <source>▶ Watch it learn</source>
        <translation>▶ 看它学习</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="275"/>
        <source>The slider moves by itself from the untrained workshop to the finished one, one checkpoint at a time.</source>
        <translation>滑块会自己移动：从未经训练的工坊到训练完成的工坊，一次一个检查点。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="285"/>
        <source>The workshop as it learned</source>
        <translation>学艺途中的工坊</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="286"/>
        <source>How the workshop learned</source>
        <translation>工坊是怎样学会的</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="287"/>
        <source>How this alchemist learned</source>
        <translation>这位炼金师是怎样学会的</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="288"/>
        <source>◀ untrained</source>
        <translation>◀ 未经训练</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="289"/>
        <source>finished ▶</source>
        <translation>训练完成 ▶</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="290"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="290"/>
        <source>held-out loss</source>
        <translation>新句子上的损失</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="290"/>
        <source>held-out accuracy</source>
        <translation>新句子上的准确率</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="293"/>
        <source>How surprised the model is by the next word of sentences it trained on (lower is better).</source>
        <translation>在训练时读过的句子上，模型对下一个词有多意外（越低越好）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="295"/>
        <source>The same on sentences it never saw: lower here means it learnt the rules, not the sentences.</source>
        <translation>同样的量，换成新句子（它训练时从没见过的句子）来算：这里越低，说明它学会的是规律，而不是把句子背了下来。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="297"/>
        <source>How often its first choice for the blank is right, on sentences it never saw.</source>
        <translation>在新句子（它训练时从没见过的句子）上，它给空位选的第一个词有多常是对的。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="299"/>
        <source>training</source>
        <translation>训练句子</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="299"/>
        <source>held-out</source>
        <translation>新句子</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="299"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="300"/>
        <source>Lower is better. The steps double, so the axis is logarithmic; click a point to go to that checkpoint.</source>
        <translation>越低越好。步数每次翻倍，所以横轴是对数刻度；点击一个点，就能跳到那个检查点。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="302"/>
        <source>Drag, or use ← →, PageUp/PageDown and Home/End: the stage runs the sentence on the workshop as it was at that step.</source>
        <translation>拖动滑块，或者用 ← →、PageUp/PageDown 和 Home/End：舞台会让工坊以它在那一步时的样子运行这个句子。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="305"/>
        <source>Train your own workshop…</source>
        <translation>训练你自己的工坊……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="306"/>
        <source>Choose what the apprentices read, how long and with which seed; the new workshop opens here with its own checkpoints.</source>
        <translation>选择学徒们读什么、学多久、用哪个随机种子；新的工坊会带着它自己的检查点在这里打开。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="317"/>
        <source>The checkpoints of this model cannot be read: %1</source>
        <translation>无法读取这个模型的检查点：%1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="319"/>
        <source>This model was made in memory: it has no training checkpoints, only itself.</source>
        <translation>这个模型是在内存里生成的：它没有训练检查点，只有它自己。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="321"/>
        <source>This model came without its training checkpoints: it has exactly one, the finished model, so there is no learning to watch. Train your own workshop below to see one learn.</source>
        <translation>这个模型没有附带训练检查点：它只有一个，就是训练好的模型本身，所以看不到学习的过程。用下面的按钮训练你自己的工坊，就能看着它一步步学会。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="344"/>
        <source>No checkpoints</source>
        <translation>没有检查点</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="351"/>
        <source>The finished model</source>
        <translation>训练好的模型</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="352"/>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="359"/>
        <source>the finished workshop</source>
        <translation>训练好的工坊</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="354"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="357"/>
        <source>the untrained workshop: random recipes and tags</source>
        <translation>未经训练的工坊：配方和标签都是随机的</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="362"/>
        <source>in training: %1 of the way</source>
        <translation>训练中：已完成 %1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="375"/>
        <source>The workshop runs the sentence at this step…</source>
        <translation>工坊正以这一步时的样子运行句子……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="378"/>
        <source>At this step the workshop says “%1” (%2).</source>
        <translation>在这一步，工坊说“%1”（%2）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="388"/>
        <source>Block %1, head %2: what the alchemist of “%3” pours from each bottle, step by step.</source>
        <translation>第 %1 块，第 %2 个头：“%3”的炼金师一步步从每个瓶子里倒多少。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="395"/>
        <source>Tracing the sentence on every checkpoint…</source>
        <translation>正在每个检查点上追踪这个句子……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="399"/>
        <source>The pours over the checkpoints cannot be shown: %1</source>
        <translation>无法显示各个检查点上的倒法：%1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="413"/>
        <source>From the very first step he pours most from “%1” (%2 at the end).</source>
        <translation>从第一步起，他就从“%1”倒得最多（最后占 %2）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="415"/>
        <source>Only at the last checkpoint does he pour most from “%1” (%2); before that, his favourite bottle was another.</source>
        <translation>直到最后一个检查点，他才从“%1”倒得最多（%2）；在那之前，他最常倒的是另一个瓶子。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="418"/>
        <source>From step %3 on he pours most from “%1” (%2 at the end).</source>
        <translation>从第 %3 步起，他从“%1”倒得最多（最后占 %2）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/panel.py" line="427"/>
        <source>At step %1 he pours: %2</source>
        <translation>第 %1 步时他这样倒：%2</translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="12"/>
        <source>Resting: “lies still on the bed, feeling” → tired</source>
        <translation>休息：“lies still on the bed, feeling” → tired</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="13"/>
        <source>The other “lies”: “lies to his mother, feeling” → guilty</source>
        <translation>另一个“lies”（撒谎）：“lies to his mother, feeling” → guilty</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="14"/>
        <source>Other feelings: “jumps on the bed, feeling” → excited</source>
        <translation>其他感受：“jumps on the bed, feeling” → excited</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="15"/>
        <source>“it” is the thing given: the soup … and it was → hot</source>
        <translation>“it”指送出的东西：the soup … and it was → hot</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="16"/>
        <source>“it” is the animal: the dog found the cake, and it → barked</source>
        <translation>“it”指那只动物：the dog found the cake, and it → barked</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="17"/>
        <source>is / are agrees with the first noun: “The keys to the old cabinet” → are</source>
        <translation>is / are 要跟第一个名词一致：“The keys to the old cabinet” → are</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="19"/>
        <source>his / her agrees with the name: “Sarah walks to the park with” → her</source>
        <translation>his / her 要跟人名一致：“Sarah walks to the park with” → her</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="20"/>
        <source>Word order alone decides: “Tom is taller than Sarah, so the taller one is” → Tom</source>
        <translation>只靠词序决定：“Tom is taller than Sarah, so the taller one is” → Tom</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="22"/>
        <source>Plurals: “Tom has one dog and Sarah has two” → dogs</source>
        <translation>复数：“Tom has one dog and Sarah has two” → dogs</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="23"/>
        <source>Days and months: “Today is Monday, so tomorrow is” → Tuesday</source>
        <translation>星期和月份：“Today is Monday, so tomorrow is” → Tuesday</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="24"/>
        <source>What a verb is done to: “Tom reads the” → book</source>
        <translation>动作的对象：“Tom reads the” → book</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="25"/>
        <source>A fitting adjective: “The soup is” → hot</source>
        <translation>合适的形容词：“The soup is” → hot</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="26"/>
        <source>Where one sits: “The cat sat on the” → mat</source>
        <translation>坐在哪儿：“The cat sat on the” → mat</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="27"/>
        <source>Where one goes: “The dog ran to the” → park</source>
        <translation>去哪儿：“The dog ran to the” → park</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="28"/>
        <source>What one does about a need: “Tom is hungry, so he” → eats</source>
        <translation>有需要时做什么：“Tom is hungry, so he” → eats</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="29"/>
        <source>What the weather calls for: “It is raining, so Tom takes his” → umbrella</source>
        <translation>看天气行事：“It is raining, so Tom takes his” → umbrella</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="31"/>
        <source>What one wants to do: “Tom wants to” → play</source>
        <translation>想做什么：“Tom wants to” → play</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="32"/>
        <source>When things happen: “Tom eats breakfast in the” → morning</source>
        <translation>事情在什么时候发生：“Tom eats breakfast in the” → morning</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="33"/>
        <source>Resting: “躺在床上，感觉” → 累 (tired)</source>
        <translation>休息：“躺在床上，感觉” → 累</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="34"/>
        <source>Lying to someone: “对他妈妈撒谎，感觉” → 内疚 (guilty)</source>
        <translation>对人撒谎：“对他妈妈撒谎，感觉” → 内疚</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="35"/>
        <source>Other feelings: “在床上跳来跳去” → 兴奋 (excited)</source>
        <translation>其他感受：“在床上跳来跳去” → 兴奋</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="36"/>
        <source>“它” is the thing given: 一碗汤 … 它很 → 热 (hot)</source>
        <translation>“它”指送出的东西：一碗汤 … 它很 → 热</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="37"/>
        <source>“它” is the animal: the cat … 它 → 喵 (meow)</source>
        <translation>“它”指那只动物：那只猫 … 它 → 喵</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="38"/>
        <source>The measure word agrees with the noun: 书 → 本, 猫 → 只</source>
        <translation>量词要跟名词搭配：书 → 本，猫 → 只</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="39"/>
        <source>他 / 她 agrees with the name at the start</source>
        <translation>他 / 她 要跟开头的人名一致</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="40"/>
        <source>Word order alone decides: “Tom比Sarah高，所以高的那个是” → Tom</source>
        <translation>只靠词序决定：“Tom比Sarah高，所以高的那个是” → Tom</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="41"/>
        <source>A fitting adjective: “这碗汤很” → 热 (hot)</source>
        <translation>合适的形容词：“这碗汤很” → 热</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="42"/>
        <source>Where one goes: “小狗跑到了” → 公园 (park)</source>
        <translation>去哪儿：“小狗跑到了” → 公园</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/patterns.py" line="43"/>
        <source>What one sits on: “那只猫坐在” → 垫子 (mat)</source>
        <translation>坐在什么上面：“那只猫坐在” → 垫子</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="280"/>
        <source>Tick at least one pattern: the apprentices need something to read.</source>
        <translation>请至少勾选一种句型：学徒们总得有点东西可读。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="282"/>
        <source>Training needs at least one step: choose a number of steps of 1 or more.</source>
        <translation>训练至少需要一步：请选择 1 或更大的步数。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="321"/>
        <source>Where to keep the new workshop</source>
        <translation>新工坊存放在哪里</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="333"/>
        <source>Writing the apprentices&apos; reading (the corpus) and setting up the workshop…</source>
        <translation>正在为学徒们写好读物（语料库），并搭建工坊……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="346"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="348"/>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="350"/>
        <source>%1 tokens/s</source>
        <translation>每秒 %1 个词元</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="355"/>
        <source>about %1 min %2 s left</source>
        <translation>大约还剩 %1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="356"/>
        <source>about %1 s left</source>
        <translation>大约还剩 %1 秒</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="359"/>
        <source>estimating the time left…</source>
        <translation>正在估算剩余时间……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="361"/>
        <source>measuring the finished workshop…</source>
        <translation>正在测试训练好的工坊……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="378"/>
        <source>The training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="399"/>
        <source>Done: %1 steps in %2 min %3 s. On sentences it never saw, of the patterns it read, it fills %4 of the blanks right.</source>
        <translation>完成：%1 步，用时 %2 分 %3 秒。在它读过的句型中、它从没见过的新句子上，它填对了 %4 的空位。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="404"/>
        <source>Over every pattern, most of which it never read: %1.</source>
        <translation>算上所有句型（其中大多数它从没读过）：%1。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="406"/>
        <source>It is in %1.</source>
        <translation>它保存在 %1。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="408"/>
        <source>Cancelled. Nothing was written to %1.</source>
        <translation>已取消。%1 里什么也没有写入。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="425"/>
        <source>Train again</source>
        <translation>再训练一次</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="426"/>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="472"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="435"/>
        <source>Train your own workshop</source>
        <translation>训练你自己的工坊</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="436"/>
        <source>What the apprentices read</source>
        <translation>学徒们读什么</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="437"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="437"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="441"/>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="442"/>
        <source>Untick all</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="446"/>
        <source>Try this: leave out “The other ‘lies’” and train. The apprentices then never read “lies to …”, so the new workshop has never met the other meaning of “lies”. Open it and ask “Tom lies to his mother, feeling”.</source>
        <translation>试试这个：去掉“另一个‘lies’”再训练。这样学徒们从没读过“lies to …”，新工坊也就从没见过“lies”的另一个意思。打开它，问问它“Tom lies to his mother, feeling”。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="449"/>
        <source>Leave out “lies to”</source>
        <translation>去掉“lies to”</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="450"/>
        <source>How long</source>
        <translation>训练多久</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="451"/>
        <source>Quick (≤ 60 s): %1 steps</source>
        <translation>快速（≤ 60 秒）：%1 步</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="452"/>
        <source>A few minutes: %1 steps</source>
        <translation>几分钟：%1 步</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="453"/>
        <source>Exactly:</source>
        <translation>指定步数：</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="454"/>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="455"/>
        <source>Each step, the apprentices read 64 sentences and adjust every recipe, tag and potion a little. Checkpoints are kept at steps 0, 1, 2, 4, 8 … and the last.</source>
        <translation>每一步，学徒们读 64 个句子，把每张配方、每个标签和每瓶药水都调整一点点。第 0、1、2、4、8……步和最后一步会保存为检查点。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="458"/>
        <source>Seed and rope</source>
        <translation>随机种子和绳子</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="459"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="460"/>
        <source>It picks the sentences, the first random recipes and the reading order. The same seed gives the same workshop, bit for bit, on this computer.</source>
        <translation>它决定选哪些句子、最初那些随机的配方，以及阅读的顺序。在这台电脑上，同一个种子会得到一模一样的工坊，分毫不差。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="462"/>
        <source>Train without the causal mask (no rope)</source>
        <translation>不用因果掩码训练（没有绳子）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="463"/>
        <source>Without the rope every alchemist also sees the words after his own. While training, the next word is then simply there to copy, so the apprentices learn to copy it. At the blank there is nothing after the last word to copy, and the workshop is useless there: its loss looks great, its predictions do not.</source>
        <translation>没有绳子，每位炼金师也能看到自己后面的词。训练时，下一个词就摆在那里，照抄就行，于是学徒们学会的只是照抄。可到了空位，最后一个词后面没有东西可抄，工坊在那里就派不上用场：它的损失看起来很漂亮，它的预测却一塌糊涂。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="468"/>
        <source>Where to keep it</source>
        <translation>存放在哪里</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="469"/>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="470"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="471"/>
        <source>batch loss</source>
        <translation>每批句子的损失</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="471"/>
        <source>held-out loss</source>
        <translation>新句子上的损失</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="471"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="471"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="473"/>
        <source>Cancel training</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="474"/>
        <source>Open this workshop</source>
        <translation>打开这个工坊</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="475"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="477"/>
        <source>It trains in a separate process: the workshop stays yours to use meanwhile, and a cancel leaves nothing behind.</source>
        <translation>训练在一个单独的进程里进行：这期间工坊照样归你使用；取消的话，什么也不会留下。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="497"/>
        <source>Stop the training?</source>
        <translation>停止训练？</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/training_dialog.py" line="498"/>
        <source>The apprentices are still training. Stop them? Nothing of this run will be kept.</source>
        <translation>学徒们还在训练。要让他们停下吗？这次训练的成果一点也不会保留。</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <location filename="../../alchemist_gui/apprentice/trainer.py" line="146"/>
        <source>The trainer could not be started (%1): %2</source>
        <translation>无法启动训练程序（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/trainer.py" line="180"/>
        <source>The training process stopped unexpectedly (it crashed or was killed).</source>
        <translation>训练进程意外停止了（它崩溃了，或者被强行结束了）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/trainer.py" line="181"/>
        <source>no message</source>
        <translation>没有留下任何信息</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/apprentice/trainer.py" line="182"/>
        <source>The training process ended with exit code %1: %2</source>
        <translation>训练进程已结束，退出码为 %1：%2</translation>
    </message>
</context>
</TS>
