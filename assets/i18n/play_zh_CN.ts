<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BestMatchInput</name>
    <message>
        <location filename="../../alchemist_gui/play/inputs/bottles.py" line="37" />
        <source>The bottles he can reach</source>
        <translation>他够得着的瓶子</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/bottles.py" line="38" />
        <source>Click a bottle here or on the stage.</source>
        <translation>在这里或在舞台上点一个瓶子。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/bottles.py" line="48" />
        <source>Pick the bottle whose tag fits best.</source>
        <translation>选出标签最吻合的那个瓶子。</translation>
    </message>
</context>
<context>
    <name>BrewInput</name>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="194" />
        <source>Your sentence (only words the model knows)</source>
        <translation>你的句子（只能用模型认识的词）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="195" />
        <source>Reset</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="196" />
        <source>Words to use: a click puts one in place of the word at the cursor</source>
        <translation>可用的词：点一下，就替换光标处的词</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="197" />
        <source>Type, or select a word and click a chip to replace it.</source>
        <translation>直接输入，或者选中一个词再点词块来替换它。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="231" />
        <source>Finish the sentence with words the model knows.</source>
        <translation>请用模型认识的词把句子写完。</translation>
    </message>
</context>
<context>
    <name>CallPourInput</name>
    <message>
        <location filename="../../alchemist_gui/play/inputs/bottles.py" line="81" />
        <source>His shares (always 100% in all)</source>
        <translation>他的份额（总和永远是 100%）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/bottles.py" line="82" />
        <source>Even pour</source>
        <translation>平均倒</translation>
    </message>
</context>
<context>
    <name>ChallengePanel</name>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="313" />
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="314" />
        <source>A hint, if you want one</source>
        <translation>需要的话，给你一点提示</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="315" />
        <source>Skip the scene ▸▸</source>
        <translation>跳过场景 ▸▸</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="316" />
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="317" />
        <source>Submit your answer (Enter)</source>
        <translation>提交你的答案（Enter）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="318" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="319" />
        <source>Back to the map</source>
        <translation>回到地图</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="320" />
        <source>Back to the chapter map (Esc)</source>
        <translation>回到章节地图（Esc）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="321" />
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="322" />
        <source>Next ▸</source>
        <translation>下一个 ▸</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="323" />
        <source>Why, technically</source>
        <translation>技术上的原因</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="324" />
        <source>No medal yet</source>
        <translation>还没有奖牌</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="331" />
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="338" />
        <source>Pick a challenge on the map</source>
        <translation>在地图上选一个挑战</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="342" />
        <source>No medal this time</source>
        <translation>这次没有奖牌</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="359" />
        <source>Gold — best!</source>
        <translation>金牌——最佳！</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="359" />
        <source>Silver — good</source>
        <translation>银牌——良好</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="360" />
        <source>Bronze — passed</source>
        <translation>铜牌——通过</translation>
    </message>
</context>
<context>
    <name>ChapterMap</name>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="304" />
        <source>⚗ Play: the alchemists' game</source>
        <translation>⚗ 游戏：炼金师的挑战</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="305" />
        <source>Nine chapters, from the first bottle to the next word. Commit to a guess, then see the real model's numbers beside it.</source>
        <translation>九个章节，从第一个瓶子一直到下一个词。先下定你的猜测，再看真实模型的数字摆在旁边。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="309" />
        <source>The workshop is getting the challenges ready…</source>
        <translation>工坊正在准备挑战……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="311" />
        <source>the bundled model</source>
        <translation>自带模型</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="312" />
        <source>Challenges on %1 · %2, %3 blocks × %4 heads</source>
        <translation>挑战的句子：%1 · %2，%3 块 × %4 个头</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="319" />
        <source>%1 of %2 challenges passed</source>
        <translation>已通过 %1 / %2 个挑战</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="326" />
        <source>▶ Play</source>
        <translation>▶ 开始玩</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="329" />
        <source>▶ Continue: %1</source>
        <translation>▶ 继续：%1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="329" />
        <source>▶ Start: %1</source>
        <translation>▶ 开始：%1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="331" />
        <source>▶ Play again: %1</source>
        <translation>▶ 再玩一次：%1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="333" />
        <source>Reset progress…</source>
        <translation>重置进度……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="341" />
        <source>✓ Done</source>
        <translation>✓ 完成</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="354" />
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="356" />
        <source>%1 · %2 tries</source>
        <translation>%1 · 试了 %2 次</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="356" />
        <source>%1 · 1 try</source>
        <translation>%1 · 试了 1 次</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="359" />
        <source>No medal yet · 1 try</source>
        <translation>还没有奖牌 · 试了 1 次</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="360" />
        <source>No medal yet · %1 tries</source>
        <translation>还没有奖牌 · 试了 %1 次</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="362" />
        <source>Not played yet</source>
        <translation>还没玩过</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="363" />
        <source>Replay</source>
        <translation>再玩</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="363" />
        <source>Play</source>
        <translation>玩</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="368" />
        <source>Gold (best)</source>
        <translation>金牌（最佳）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="368" />
        <source>Silver (good)</source>
        <translation>银牌（良好）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="368" />
        <source>Bronze (passed)</source>
        <translation>铜牌（通过）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="372" />
        <source>One alchemist per word, one bottle of potion each. What will the workshop say next?</source>
        <translation>每个词一位炼金师，各有一瓶药水。工坊接下来会说什么？</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="373" />
        <source>Every alchemist holds a recipe; every bottle wears a tag. Which fits best?</source>
        <translation>每位炼金师拿着一张配方，每个瓶子挂着一个标签。哪个最吻合？</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="374" />
        <source>He pours from every bottle, in proportion to the fit. Call it — or pour yourself.</source>
        <translation>他按吻合程度从每个瓶子里倒一些。猜猜他怎么倒——或者你亲手来倒。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="375" />
        <source>Softmax makes him picky. Turn the temperature until he is as picky as you want.</source>
        <translation>Softmax 让他变得挑剔。调节温度，让他挑剔到你想要的程度。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="376" />
        <source>A rope keeps the later bottles out of reach. Which can he reach?</source>
        <translation>一根绳子把后面的瓶子拦在够不着的地方。他能够到哪些？</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="377" />
        <source>Numbered badges tell the words' order. What changes when the words are shuffled?</source>
        <translation>号码牌告诉大家词的顺序。把词打乱以后，什么会变？</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="378" />
        <source>Several alchemists per word, each with his own habit. Find the saboteur.</source>
        <translation>每个词有好几位炼金师，各有各的习惯。找出捣乱者。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="379" />
        <source>Floor after floor the workshop does it all again. When does it know?</source>
        <translation>工坊一层又一层地把这一切再做一遍。它什么时候知道答案？</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/chapter_map.py" line="380" />
        <source>The last bottle is read out: the next word. Brew a sentence that says yours.</source>
        <translation>读出最后一个瓶子：就是下一个词。调制一个句子，让它说出你要的词。</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <location filename="../../alchemist_gui/play/mode_switch.py" line="38" />
        <source>Workshop</source>
        <translation>工坊</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode_switch.py" line="39" />
        <source>The free workshop: try anything (F6 switches)</source>
        <translation>自由的工坊：随便试（F6 切换）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode_switch.py" line="40" />
        <source>Play</source>
        <translation>游戏</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode_switch.py" line="41" />
        <source>The game: chapters and challenges scored against the real model (F6)</source>
        <translation>游戏：一章章的挑战，用真实模型来打分（F6）</translation>
    </message>
</context>
<context>
    <name>NameAlchemistInput</name>
    <message>
        <location filename="../../alchemist_gui/play/inputs/reading.py" line="112" />
        <source>Alchemist %1: from every word, an arrow to the bottle he pours most from</source>
        <translation>炼金师 %1：从每个词出发，箭头指向他倒得最多的瓶子</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/reading.py" line="114" />
        <source>He looks at…</source>
        <translation>他看的是……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/reading.py" line="125" />
        <source>Pick what he looks for.</source>
        <translation>选出他在找什么。</translation>
    </message>
</context>
<context>
    <name>OrderBlindInput</name>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="119" />
        <source>The shuffled words</source>
        <translation>打乱后的词</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="121" />
        <source>Badges off (rope on)</source>
        <translation>去掉号码牌（绳子还在）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="121" />
        <source>Badges on (rope on)</source>
        <translation>戴着号码牌（绳子还在）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="122" />
        <source>Badges and rope off</source>
        <translation>号码牌和绳子都去掉</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="136" />
        <source>Bet on all three cases.</source>
        <translation>三种情况都要下注。</translation>
    </message>
</context>
<context>
    <name>PickinessInput</name>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="56" />
        <source>Temperature (1 = as the model is)</source>
        <translation>温度（1 = 模型原本的样子）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="57" />
        <source>◀ pickier</source>
        <translation>◀ 更挑剔</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="58" />
        <source>more generous ▶</source>
        <translation>更大方 ▶</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="59" />
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="60" />
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
</context>
<context>
    <name>Play</name>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="48" />
        <source>winner</source>
        <translation>胜出</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="50" />
        <source>your bet</source>
        <translation>你的赌注</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="50" />
        <source>the model's probability</source>
        <translation>模型的概率</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="51" />
        <source>Your bet beside the model's next-word probabilities</source>
        <translation>你的赌注和模型对下一个词的概率</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="62" />
        <location filename="../../alchemist_gui/play/feedback/views.py" line="245" />
        <source>your pick</source>
        <translation>你选的</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="64" />
        <location filename="../../alchemist_gui/play/feedback/views.py" line="243" />
        <source>best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="67" />
        <source>The real scores q·k/√d of the bottles he can reach</source>
        <translation>他够得着的瓶子的真实得分 q·k/√d</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="69" />
        <source>…and the shares he then pours (softmax)</source>
        <translation>……以及他接着倒出的份额（softmax）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="77" />
        <location filename="../../alchemist_gui/play/feedback/views.py" line="91" />
        <source>your pour</source>
        <translation>你的倒法</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="77" />
        <source>his real pour</source>
        <translation>他真实的倒法</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="78" />
        <source>Your shares beside the real ones (the red band is the gap)</source>
        <translation>你的份额和真实的份额（红色带就是差距）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="87" />
        <location filename="../../alchemist_gui/play/feedback/views.py" line="90" />
        <location filename="../../alchemist_gui/play/feedback/views.py" line="210" />
        <location filename="../../alchemist_gui/play/feedback/views.py" line="213" />
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="91" />
        <source>his own pour</source>
        <translation>他自己的倒法</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="92" />
        <source>Your pour beside the alchemist's own</source>
        <translation>你的倒法和炼金师自己的倒法</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="94" />
        <source>What the model says after your pour</source>
        <translation>按你的倒法，模型说的词</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="101" />
        <source>at your T = %1</source>
        <translation>你的温度 T = %1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="102" />
        <source>at the answer's T = %1</source>
        <translation>答案的温度 T = %1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="104" />
        <source>Top share</source>
        <translation>最大份额</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="104" />
        <source>Evenness</source>
        <translation>均匀程度</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="105" />
        <source>%1 at your temperature: &lt;b&gt;%2&lt;/b&gt; (goal %3)</source>
        <translation>你的温度下的%1：&lt;b&gt;%2&lt;/b&gt;（目标 %3）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="107" />
        <source>His shares at your temperature beside the gentlest that reaches the goal</source>
        <translation>你的温度下他的份额，和刚好达到目标的最温和温度下的份额</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="110" />
        <source>goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="122" />
        <source>missed</source>
        <translation>漏掉了</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="125" />
        <source>behind the rope</source>
        <translation>在绳子后面</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="133" />
        <location filename="../../alchemist_gui/play/feedback/views.py" line="134" />
        <source>changes</source>
        <translation>会变</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="133" />
        <location filename="../../alchemist_gui/play/feedback/views.py" line="134" />
        <source>stays the same</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="136" />
        <source>Your bet: the next word %1 — really it %2 %3</source>
        <translation>你的赌注：下一个词%1——实际上它%2 %3</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="138" />
        <source>with the rope</source>
        <translation>有绳子</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="138" />
        <source>without the rope</source>
        <translation>没有绳子</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="139" />
        <source>Within reach (✓ right, ✗ wrong)</source>
        <translation>够得着的瓶子（✓ 对，✗ 错）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="140" />
        <source>The next word with and without the rope (real runs)</source>
        <translation>有绳子和没有绳子时的下一个词（真实运行）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="146" />
        <source>Badges off</source>
        <translation>去掉号码牌</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="146" />
        <source>Badges on</source>
        <translation>戴着号码牌</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="147" />
        <source>Badges and rope off</source>
        <translation>号码牌和绳子都去掉</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="154" />
        <source>%1 %2: %3 (largest change %4)</source>
        <translation>%1 %2：%3（最大变化 %4）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="157" />
        <source>Each case, compared word by word in real runs</source>
        <translation>每种情况都在真实运行中逐词比较</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="165" />
        <source>winner before</source>
        <translation>原来的胜者</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="167" />
        <source>winner now</source>
        <translation>现在的胜者</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="168" />
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="168" />
        <source>after silencing</source>
        <translation>静音之后</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="169" />
        <source>Silenced: %1 · the fewest found: %2 (e.g. %3)</source>
        <translation>已静音：%1 · 找到的最少个数：%2（例如 %3）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="171" />
        <source>The winner's probability before and after</source>
        <translation>胜出词在静音前后的概率</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="181" />
        <source>your choice</source>
        <translation>你的选择</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="183" />
        <source>answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="186" />
        <source>on the sentences shown</source>
        <translation>在展示的句子上</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="186" />
        <source>on other sentences</source>
        <translation>在其他句子上</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="187" />
        <source>How often he pours most from each kind of bottle</source>
        <translation>他最常从哪一类瓶子里倒得最多</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="198" />
        <source>your guess</source>
        <translation>你的猜测</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="200" />
        <source>knows from here</source>
        <translation>从这里开始知道</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="201" />
        <source>block %1: %2</source>
        <translation>第 %1 块：%2</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="203" />
        <source>What the last word's bottle reads after each block (logit lens)</source>
        <translation>每一块之后，最后一个词的瓶子读出什么（logit 透镜）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="214" />
        <source>Your sentence: %1 (%2 word(s) changed)</source>
        <translation>你的句子：%1（改了 %2 个词）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/feedback/views.py" line="216" />
        <source>What the model says after your sentence</source>
        <translation>模型对你的句子给出的下一个词</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/base.py" line="27" />
        <source>Make your choice, then press Submit.</source>
        <translation>做出选择，然后按“提交”。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/shares.py" line="81" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/shares.py" line="82" />
        <source>Pour everything from %1</source>
        <translation>全部从 %1 倒</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/shares.py" line="86" />
        <source>Share of %1</source>
        <translation>%1 的份额</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode.py" line="73" />
        <source>Under the shelf: your shares (green: close, red: far). Above the bottles: his real ones.</source>
        <translation>架子下面：你的份额（绿色：接近，红色：差得远）。瓶子上方：他真实的份额。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode.py" line="75" />
        <source>Under the shelf: your pour (green: close to his own, red: far). The model ran with it.</source>
        <translation>架子下面：你的倒法（绿色：接近他自己的，红色：差得远）。模型就是按它运行的。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode.py" line="77" />
        <source>Under the shelf: his shares at your temperature (green: close to the gentlest temperature's, red: far).</source>
        <translation>架子下面：你的温度下他的份额（绿色：接近最温和温度下的份额，红色：差得远）。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode.py" line="105" />
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode.py" line="112" />
        <source>Play the game / back to the Workshop</source>
        <translation>玩游戏 / 回到工坊</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode.py" line="115" />
        <source>Back to the chapter map</source>
        <translation>回到章节地图</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode.py" line="218" />
        <source>The game cannot be prepared: %1</source>
        <translation>游戏无法准备：%1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode.py" line="245" />
        <source>Reset progress</source>
        <translation>重置进度</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode.py" line="246" />
        <source>Forget every medal and start the game afresh? This cannot be undone.</source>
        <translation>忘掉所有奖牌，从头开始游戏？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/mode.py" line="473" />
        <source>Chapter %1 · %2</source>
        <translation>第 %1 章 · %2</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="25" />
        <source>rank %1 of %2</source>
        <translation>%2 个中排第 %1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="28" />
        <source>%1 of %2 right</source>
        <translation>%2 个中对了 %1 个</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="31" />
        <source>flipped with %1 head(s)</source>
        <translation>用 %1 个头翻转了</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="32" />
        <source>not flipped</source>
        <translation>没有翻转</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="34" />
        <source>%1 floor(s) off</source>
        <translation>差了 %1 层</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="36" />
        <source>skill %1</source>
        <translation>水平 %1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="38" />
        <source>probability %1</source>
        <translation>概率 %1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="39" />
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="178" />
        <source>⚗ The workshop prepares the challenge…</source>
        <translation>⚗ 工坊正在准备挑战……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/panel.py" line="206" />
        <source>⚗ The model is working it out…</source>
        <translation>⚗ 模型正在算……</translation>
    </message>
</context>
<context>
    <name>PlayGptInput</name>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="66" />
        <source>Pick one word — or up to %1 to spread your bet</source>
        <translation>选一个词——或者最多选 %1 个来分散赌注</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="67" />
        <source>another word the model knows…</source>
        <translation>模型认识的另一个词……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="68" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="69" />
        <source>Your bet</source>
        <translation>你的赌注</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="84" />
        <source>The model does not know this word.</source>
        <translation>模型不认识这个词。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="108" />
        <source>Nothing yet: pick a word.</source>
        <translation>还没有：选一个词。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="110" />
        <source>Everything on %1.</source>
        <translation>全部押在 %1 上。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="112" />
        <source>Spread your bet; what you leave goes to every other word.</source>
        <translation>分散你的赌注；剩下的分给其他所有词。</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="116" />
        <source>something else</source>
        <translation>别的词</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/words.py" line="134" />
        <source>Pick a word to bet on.</source>
        <translation>选一个词来下注。</translation>
    </message>
</context>
<context>
    <name>PourByHandInput</name>
    <message>
        <location filename="../../alchemist_gui/play/inputs/bottles.py" line="97" />
        <source>Your pour (always 100% in all)</source>
        <translation>你的倒法（总和永远是 100%）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/bottles.py" line="98" />
        <source>Back to his own pour</source>
        <translation>回到他自己的倒法</translation>
    </message>
</context>
<context>
    <name>RopeInput</name>
    <message>
        <location filename="../../alchemist_gui/play/inputs/bottles.py" line="133" />
        <source>Bottles within reach of %1 (click here or on the stage)</source>
        <translation>%1 够得着的瓶子（在这里或舞台上点）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/bottles.py" line="135" />
        <source>Your bet: without the rope…</source>
        <translation>你的赌注：没有绳子时……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/bottles.py" line="136" />
        <source>the next word changes</source>
        <translation>下一个词会变</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/bottles.py" line="137" />
        <source>the next word stays the same</source>
        <translation>下一个词不变</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/bottles.py" line="146" />
        <source>Pick the bottles, then bet yes or no.</source>
        <translation>选出瓶子，再押“会”或“不会”。</translation>
    </message>
</context>
<context>
    <name>SaboteurInput</name>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="183" />
        <source>Heads to silence (block.head)</source>
        <translation>要静音的头（块.头）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="185" />
        <source>block %1</source>
        <translation>第 %1 块</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="186" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="191" />
        <source>%1 head(s) silenced</source>
        <translation>已静音 %1 个头</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/switches.py" line="201" />
        <source>Silence at least one head.</source>
        <translation>至少静音一个头。</translation>
    </message>
</context>
<context>
    <name>WhenKnowsInput</name>
    <message>
        <location filename="../../alchemist_gui/play/inputs/reading.py" line="144" />
        <source>It first knows after…</source>
        <translation>它最早在这之后知道……</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/reading.py" line="146" />
        <source>block %1</source>
        <translation>第 %1 块</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/reading.py" line="148" />
        <source>(the top floor)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/reading.py" line="150" />
        <source>(the ground floor)</source>
        <translation>（底层）</translation>
    </message>
    <message>
        <location filename="../../alchemist_gui/play/inputs/reading.py" line="161" />
        <source>Pick a floor.</source>
        <translation>选一层。</translation>
    </message>
</context>
</TS>