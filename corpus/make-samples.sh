#!/usr/bin/env bash
# Regenerates corpus/samples: 14 small documents of every kind, two of each format (DOC needs
# LibreOffice; without it the two DOC documents are skipped), each with its .gold.json.
# The gold files are byte-identical on every run; DOCX/XLSX/PDF/DOC carry creation times.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rm -rf "$here/corpus/samples"
"$here/govdoc" corpus --count 14 --seed 1669 --cycle-formats \
  --formats docx,pdf,xlsx,html,txt,txt-gbk,doc --out "$here/corpus/samples"
