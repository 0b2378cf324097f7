"""Long string literals for the 150-character line rule (issue 11): a single-line literal too long for its line becomes
a multi-line literal whose lines are joined by `\\` continuations, split at spaces outside interpolations, each space
starting the next line, so the string's value is unchanged. Used by scripts/l10n-move when it writes an L10n file."""
import re, sys
LIMIT = 150

def interpolation_end(line, i):
    """Index of the ")" closing an interpolation that starts at i, stepping over nested parentheses and literals."""
    depth = 1
    while i < len(line):
        c = line[i]
        if c == '"':
            j = i + 1
            while j < len(line) and line[j] != '"':
                j += 2 if line[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def literals(line):
    """Yields (start, end) of each non-raw single-line string literal, end exclusive, skipping interpolation contents."""
    i, n = 0, len(line)
    out = []
    while i < n:
        c = line[i]
        if line.startswith('//', i):
            break
        if c == '#' and i + 1 < n and line[i+1] in '"#':
            return None  # raw string: leave
        if c == '"':
            if line.startswith('"""', i):
                return None
            j = i + 1
            while j < n:
                if line[j] == '\\':
                    if j + 1 < n and line[j+1] == '(':
                        close = interpolation_end(line, j + 2)
                        if close < 0:
                            return None
                        j = close + 1; continue
                    j += 2; continue
                if line[j] == '"':
                    break
                j += 1
            if j >= n:
                return None
            out.append((i, j + 1)); i = j + 1; continue
        i += 1
    return out

def break_points(body):
    """Indices of spaces in body outside interpolations and not after a backslash."""
    pts = []; i = 0; n = len(body)
    while i < n:
        if body[i] == '\\':
            if i + 1 < n and body[i+1] == '(':
                close = interpolation_end(body, i + 2)
                if close < 0:
                    break
                i = close + 1; continue
            i += 2; continue
        if body[i] == ' ' and i > 0 and body[i-1] != '\\':
            pts.append(i)
        i += 1
    return pts

def split(line):
    lits = literals(line)
    if not lits:
        return None
    start, end = max(lits, key=lambda se: se[1] - se[0])
    body = line[start+1:end-1]
    if '"""' in body or len(body) < 40:
        return None
    indent = len(line) - len(line.lstrip(' '))
    inner = ' ' * (indent + 4)
    width = LIMIT - len(inner) - 2
    pts = break_points(body)
    chunks = []; pos = 0
    while len(body) - pos > width:
        cands = [p for p in pts if pos < p <= pos + width]
        if not cands:
            return None
        cut = cands[-1]
        chunks.append(body[pos:cut]); pos = cut
    chunks.append(body[pos:])
    if len(chunks) < 2:
        return None
    prefix = line[:start].rstrip()
    suffix = line[end:]
    lines = [prefix + ' """' if prefix.strip() else line[:start] + '"""']
    for k, ch in enumerate(chunks):
        lines.append(inner + ch + ('\\' if k < len(chunks) - 1 else ''))
    lines.append(inner + '"""' + suffix)
    return lines

def wrap_long_literals(text):
    """The text of a Swift file with each too-long line's longest single-line literal made multi-line."""
    out = []; in_multi = False
    for line in text.split('\n'):
        if line.count('"""') % 2 == 1:
            in_multi = not in_multi; out.append(line); continue
        if not in_multi and len(line) > LIMIT and not line.lstrip().startswith('//'):
            new = split(line)
            if new and all(len(l) <= LIMIT for l in new):
                out.extend(new); continue
        out.append(line)
    return '\n'.join(out)


def unwrap_multiline_literals(text):
    """The inverse, for reading: each multi-line literal written by `wrap_long_literals` as one single-line literal."""
    def one(match):
        lines = match.group(1)[:-1].split('\n')
        indent = len(match.group(2))
        body = ''
        for line in lines:
            piece = line[indent:]
            body += piece[:-1] if piece.endswith('\\') and not piece.endswith('\\\\') else piece + '\\n'
        body = body[:-2] if body.endswith('\\n') else body
        return '"' + re.sub(r'(?<!\\)"', '\\"', body) + '"'
    return re.sub(r'"""\n((?:.*\n)*?)( *)"""', one, text)
