#!/usr/bin/env bash
# Writes N different seed-sized annual reports into DIR, for timing batch
# rendering: each is the seed report (input/jining-xinfang-2020.yaml) issued
# by another agency, with a paragraph of its own work, so titles, prose and
# therefore font subsets differ from report to report as they would in a
# real batch. The numbers are the seed's, so every report passes its checks.
#
# Usage: bench/make_batch.sh N DIR
set -euo pipefail
count=${1:?usage: make_batch.sh N DIR}
dir=${2:?usage: make_batch.sh N DIR}
[[ "$count" =~ ^[0-9]+$ ]] && [ "$count" -ge 1 ] || { echo "N must be a whole number ≥ 1" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
seed="$root/input/jining-xinfang-2020.yaml"
mkdir -p "$dir"

cities=(济宁市 淄博市 潍坊市 烟台市 威海市 日照市 临沂市 德州市 聊城市 滨州市 菏泽市 泰安市 枣庄市)
bureaus=(信访局 交通运输局 自然资源局 生态环境局 卫生健康委员会 退役军人事务局 应急管理局
         市场监督管理局 医疗保障局 住房和城乡建设局 农业农村局 水务局 审计局 统计局 林业局 体育局)
topics=(道路运输许可 国土空间规划 排污许可核发 医疗机构执业登记 优抚对象补助 安全生产行政执法
        食品经营许可 医保基金监管 建筑工程施工许可 农作物种子生产 取水许可审批 审计结果公告
        统计公报发布 林木采伐许可 全民健身设施 防汛抗旱预案 政府采购合同 行政处罚决定
        重大建设项目批准和实施 公共资源配置 社会公益事业建设 涉农补贴发放 征地补偿安置)

for ((i = 0; i < count; i++)); do
  city=${cities[$((i % ${#cities[@]}))]}
  bureau=${bureaus[$(((i / ${#cities[@]}) % ${#bureaus[@]}))]}
  agency=$city$bureau
  work="本年度重点公开了"
  for ((k = 0; k < 4; k++)); do
    work+=${topics[$(((i * 7 + k * 5) % ${#topics[@]}))]}
    [ $k -lt 3 ] && work+="、"
  done
  work+="等方面的政府信息，做到应公开尽公开，群众查阅更加便捷。"
  # The agency everywhere the seed names its own; the new paragraph opens
  # the preface.
  sed -e "s/济宁市信访局/$agency/g" -e "s/市信访局/${city#*市}$bureau/g" \
      -e "s/济宁信访/${city%市}$bureau/g" -e "s/^preface:$/preface:\n  - $work/" \
      "$seed" > "$dir/$(printf 'report-%04d' "$i").yaml"
done
