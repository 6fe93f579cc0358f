import { describe, expect, it } from 'vitest';
import { position, track } from '../../test/flightFixtures';
import { fittedProjection, gridFrame, screenHeading, simplifyTrack, worldProjection } from './geo';

const SIZE = { width: 960, height: 500 };

describe('map geometry', () => {
  it('turns a heading into an angle on screen, north up at the centre', () => {
    const world = worldProjection(SIZE);
    expect(screenHeading(world, [0, 0], 0)).toBeCloseTo(0, 0);
    expect(screenHeading(world, [0, 0], 90)).toBeCloseTo(90, 0);
    expect(screenHeading(world, [0, 0], 270)).toBeCloseTo(-90, 0);
    // Far from the centre meridian, north leans on this projection.
    expect(Math.abs(screenHeading(world, [150, 60], 0))).toBeGreaterThan(5);
  });

  it('frames a track, with both ends inside the map', () => {
    const line = simplifyTrack(track());
    const projection = fittedProjection(line, SIZE);
    for (const point of [line[0], line[line.length - 1]]) {
      const [x, y] = projection(point) as [number, number];
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(SIZE.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(SIZE.height);
    }
  });

  it('keeps a track point only once it moved, and always the last', () => {
    const still = [position({ seq: 1 }), position({ seq: 2, lon: -15.401 }), position({ seq: 3, lon: -15.402 })];
    expect(simplifyTrack(still)).toEqual([
      [-15.4, 51.2],
      [-15.402, 51.2],
    ]);
    expect(simplifyTrack(track())).toHaveLength(9);
  });

  it('frames flights on a coarse grid, so small moves keep the same frame', () => {
    expect(gridFrame([])).toEqual([]);
    const frame = gridFrame([
      [-15.4, 51.2],
      [4.7, 52.3],
    ]);
    expect(frame).toEqual([
      [-20, 50],
      [10, 60],
    ]);
    expect(gridFrame([
      [-15.9, 51.8],
      [4.9, 52.9],
    ])).toEqual(frame);
  });
});
