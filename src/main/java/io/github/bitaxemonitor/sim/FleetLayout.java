package io.github.bitaxemonitor.sim;

import java.util.EnumSet;
import java.util.SplittableRandom;

/**
 * Which board and firmware shape each miner of a fleet gets. Boards go round-robin from a seeded offset; shapes go
 * round-robin with stride 2 from an offset chosen (starting at a seeded one) so that the first 12 miners, the demo
 * fleet, hold every board and every shape, including the 2.0 shape that sends the Wi-Fi password.
 */
final class FleetLayout {
    private static final Board[] BOARDS = Board.values();
    private static final FirmwareShape[] SHAPES = FirmwareShape.values();
    private static final int SHAPE_STRIDE = 2;
    private static final int DEMO_SIZE = 12;

    /** Offset of the board rotation, 0..boards-1. */
    private final int boardOffset;
    /** Offset of the shape rotation, 0..shapes-1. */
    private final int shapeOffset;

    FleetLayout(long seed) {
        SplittableRandom pick = new SplittableRandom(seed ^ 0x5DEECE66DL);
        boardOffset = pick.nextInt(BOARDS.length);
        int start = pick.nextInt(SHAPES.length);
        int chosen = start;
        for (int k = 0; k < SHAPES.length; k++) {
            int candidate = (start + k) % SHAPES.length;
            if (coversEveryShape(candidate)) {
                chosen = candidate;
                break;
            }
        }
        shapeOffset = chosen;
    }

    Board board(int index) {
        return BOARDS[Math.floorMod(index + boardOffset, BOARDS.length)];
    }

    /** The rotation's shape for this miner, or the next one its board can run. */
    FirmwareShape shape(int index) {
        return shape(index, shapeOffset);
    }

    private FirmwareShape shape(int index, int offset) {
        Board board = board(index);
        int first = Math.floorMod(index * SHAPE_STRIDE + offset, SHAPES.length);
        for (int k = 0; k < SHAPES.length; k++) {
            FirmwareShape s = SHAPES[(first + k) % SHAPES.length];
            if (board.runs(s)) {
                return s;
            }
        }
        throw new IllegalStateException(board + " runs no firmware shape");
    }

    private boolean coversEveryShape(int offset) {
        EnumSet<FirmwareShape> seen = EnumSet.noneOf(FirmwareShape.class);
        for (int i = 0; i < DEMO_SIZE; i++) {
            seen.add(shape(i, offset));
        }
        return seen.size() == SHAPES.length;
    }
}
