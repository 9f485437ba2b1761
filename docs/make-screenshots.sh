#!/usr/bin/env bash
# Rebuild the README screenshots from the demo project (our own chapter), offscreen.
# Usage: bash docs/make-screenshots.sh   (after the install command in the README)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
P="$work/demo.amts"
C=softmax-temperature.md
amts init "$P" --src en --tgt zh --source-root resources/demo/en --name "Demo: softmax temperature" >/dev/null
amts import "$P" resources/demo/en --reference-root resources/demo/zh >/dev/null
amts align "$P" 2>/dev/null | tail -1
amts translate "$P" --chapter "$C" --engine tm | tail -1
amts accept "$P" --chapter "$C" --segment 1 --text "Softmax 温度" >/dev/null
amts accept "$P" --chapter "$C" --segment 2 --text "分类器通常用 softmax 函数把原始得分转换为概率。" >/dev/null
amts accept "$P" --chapter "$C" --segment 3 \
  --text "本节为这个函数加上一个旋钮，即*温度*（temperature），并观察它如何改变输出分布的形状。" >/dev/null
amts accept "$P" --chapter "$C" --segment 4 --edit-only \
  --text "这一想法源于知识蒸馏的研究 ⟦1⟧，每当我们从语言模型中采样时它都会再次出现，例如 ⟦2⟧。" >/dev/null
amts scores "$P" >/dev/null
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
amts-gui "$P" --screenshot docs/screenshot-review.png --chapter "$C" --segment 4 --language en
amts-gui "$P" --screenshot docs/screenshot-review-zh.png --chapter "$C" --segment 4 --language zh_CN
amts-gui "$P" --screenshot docs/screenshot-dashboard.png --tab dashboard --language en
rm -rf "$work"
