import {
  commandOf,
  MAX_READ_LINE_LENGTH,
  MAX_READ_LINES,
  probeLines,
  shownText,
} from './probe-lines';

describe('probeLines', () => {
  it('numbers lines from 1 across \\n, \\r\\n and \\r, skipping blank ones', () => {
    expect(probeLines('a\r\n\r\nb\rc\n  d  ').lines).toEqual([
      { line: 1, text: 'a' },
      { line: 3, text: 'b' },
      { line: 4, text: 'c' },
      { line: 5, text: 'd' },
    ]);
  });

  it('leaves over-long and binary lines unread but keeps NUL-separated ones', () => {
    const text = ['x'.repeat(MAX_READ_LINE_LENGTH + 1), 'ok\u0007bell', 'a,b\0c,d'].join('\n');
    expect(probeLines(text).lines).toEqual([{ line: 3, text: 'a,b\0c,d' }]);
  });

  it('drops terminal colour codes', () => {
    expect(probeLines('\u001b[1mModel:\u001b[0m Jetson').lines).toEqual([
      { line: 1, text: 'Model: Jetson' },
    ]);
  });

  it('reads at most MAX_READ_LINES lines and says when it cut', () => {
    expect(probeLines('a\n'.repeat(MAX_READ_LINES - 1)).cut).toBe(false);
    const long = probeLines('a\n'.repeat(MAX_READ_LINES + 5));
    expect(long.cut).toBe(true);
    expect(long.lines).toHaveLength(MAX_READ_LINES);
  });
});

describe('shownText', () => {
  it.each([
    ['nvidia,p3450-0000\0nvidia,tegra210', 'nvidia,p3450-0000 nvidia,tegra210'],
    ['<b>x</b>', '<b>x</b>'],
    ['y'.repeat(200), `${'y'.repeat(160)}…`],
  ])('%j is shown as %j', (input, shown) => {
    expect(shownText(input)).toBe(shown);
  });
});

describe('commandOf', () => {
  it.each([
    ['uname -a', 'uname -a'],
    ['$ getconf LONG_BIT', 'getconf long_bit'],
    ['pi@raspberrypi:~ $ dpkg --print-architecture', 'dpkg --print-architecture'],
    ['nvidia@jetson-nano:~$ cat /proc/device-tree/model', 'cat /proc/device-tree/model'],
    ['# lscpu', 'lscpu'],
    ['# R32 (release), REVISION: 3.1', null],
    ['Linux raspberrypi 5.10.63-v8+ #1457 SMP', null],
    ['aarch64', null],
  ])('%j → %j', (line, command) => {
    expect(commandOf(line)).toBe(command);
  });
});
