package io.github.bitaxemonitor.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FleetLayoutTest {
    @Test
    void everyTwelveMinerDemoHoldsEveryBoardAndEveryShapeWhateverTheSeed() {
        for (long seed = 0; seed < 200; seed++) {
            FleetLayout layout = new FleetLayout(seed);
            EnumSet<Board> boards = EnumSet.noneOf(Board.class);
            EnumSet<FirmwareShape> shapes = EnumSet.noneOf(FirmwareShape.class);
            for (int i = 0; i < 12; i++) {
                boards.add(layout.board(i));
                shapes.add(layout.shape(i));
                assertThat(layout.board(i).runs(layout.shape(i))).isTrue();
            }
            assertThat(boards).as("seed %d", seed).containsExactlyInAnyOrder(Board.values());
            assertThat(shapes).as("seed %d", seed).containsExactlyInAnyOrder(FirmwareShape.values());
        }
    }

    @Test
    void sameSeedSameLayout() {
        FleetLayout a = new FleetLayout(42);
        FleetLayout b = new FleetLayout(42);
        for (int i = 0; i < 100; i++) {
            assertThat(a.board(i)).isEqualTo(b.board(i));
            assertThat(a.shape(i)).isEqualTo(b.shape(i));
        }
    }
}
