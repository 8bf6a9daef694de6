#!/usr/bin/env bash
# Installs what the browser test needs on a Debian machine: Chromium and CJK fonts
# (without fonts-noto-cjk Chinese renders as boxes). Skips what is already there.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "浏览器测试需要 ${need[*]}：请以 root 运行，或先执行 sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "installing ${need[*]} for the browser test…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
