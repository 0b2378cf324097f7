# Installs what the tests need from Debian and PyPI, only when missing. Sourced by scripts/test and scripts/bench.

apt_install() {
    local missing=("$@")
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "== cài đặt (apt): ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pg_bin_dir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

ensure_deps() {
    local packages=()
    [ -x "$(pg_bin_dir)/initdb" ] || packages+=(postgresql)
    command -v psql >/dev/null || packages+=(postgresql-client)
    command -v chromium >/dev/null || packages+=(chromium)
    command -v chromedriver >/dev/null || packages+=(chromium-driver)
    command -v pdftotext >/dev/null || packages+=(poppler-utils)
    command -v soffice >/dev/null || packages+=(libreoffice-calc-nogui)
    # Writer converts the generated .docx reports; the Calc package alone cannot open them.
    dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui)
    # Liberation Serif has the metrics of Times New Roman, which the Nghị định 30 reports use: without it LibreOffice
    # falls back to a wider font and the national motto wraps onto two lines when a test reads a report back.
    dpkg -s fonts-liberation2 >/dev/null 2>&1 || packages+=(fonts-liberation2)
    # Scanned PDFs: tesseract with its Vietnamese data reads them; img2pdf makes the scanned variants the tests read.
    command -v tesseract >/dev/null || packages+=(tesseract-ocr)
    dpkg -s tesseract-ocr-vie >/dev/null 2>&1 || packages+=(tesseract-ocr-vie)
    command -v img2pdf >/dev/null || packages+=(img2pdf)
    # Photos of "Dân vận khéo" models are shrunk and stripped of their metadata (GPS) by vipsthumbnail.
    command -v vipsthumbnail >/dev/null || packages+=(libvips-tools)
    apt_install "${packages[@]}"
    python3 -c "import selenium, pytest, schemathesis" 2>/dev/null || {
        echo "== cài đặt (pip): selenium pytest schemathesis"
        python3 -m pip install -q selenium pytest schemathesis
    }
}
