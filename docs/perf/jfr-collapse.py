# JFR ExecutionSample -> collapsed stacks (root first), http worker threads only, streaming `jfr print` text output
import sys, subprocess, collections, re
jfr, out = sys.argv[1], sys.argv[2]
p = subprocess.Popen(['jfr', 'print', '--stack-depth', '512', '--events', 'jdk.ExecutionSample', jfr],
                     stdout=subprocess.PIPE, text=True)
stacks = collections.Counter(); frames = []; thread = ''; inside = False
for line in p.stdout:
    s = line.strip()
    if s.startswith('jdk.ExecutionSample'):
        frames = []; thread = ''; inside = False
    elif s.startswith('sampledThread'):
        thread = s
    elif s.startswith('stackTrace = ['):
        inside = True
    elif inside and s == ']':
        inside = False
        if 'http-thread-pool' in thread and frames:
            stacks[';'.join(reversed(frames))] += 1
    elif inside and s and s != '...':
        m = re.match(r'(.+?)\(', s)
        if m:
            name = m.group(1)
            parts = name.rsplit('.', 2)
            frames.append(parts[-2] + '.' + parts[-1] if len(parts) >= 2 else name)
with open(out, 'w') as f:
    for k, v in stacks.items():
        f.write(f'{k} {v}\n')
print(sum(stacks.values()), 'samples on http worker threads')
