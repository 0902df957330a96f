import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '@/lib/sync/after-paint';
import { until } from '../../until';

describe('afterPaint, where nothing paints (no document)', () => {
  it('runs each task once, in order, after the task that asked for it', async () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('first'));
    afterPaint(() => ran.push('second'));
    ran.push('asker');
    await until(() => ran.length === 3, 'both tasks run');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(ran).toEqual(['asker', 'first', 'second']);
  });
});

describe('afterPaint, in a visible page', () => {
  let frames: FrameRequestCallback[] = [];

  beforeEach(() => {
    frames = [];
    vi.stubGlobal('document', { visibilityState: 'visible' });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('waits for the next frame, then runs in a task after it', async () => {
    let ran = 0;
    afterPaint(() => ran++);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ran).toBe(0);
    for (const frame of frames.splice(0)) frame(0);
    expect(ran).toBe(0);
    await until(() => ran === 1, 'the task run after the frame');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(ran).toBe(1);
  });

  it('runs once all the same when no frame comes', async () => {
    let ran = 0;
    afterPaint(() => ran++);
    await until(() => ran === 1, 'the task run without a frame');
    for (const frame of frames.splice(0)) frame(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toBe(1);
  });
});
