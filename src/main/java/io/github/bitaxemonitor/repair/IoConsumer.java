package io.github.bitaxemonitor.repair;

import java.io.IOException;

/** A consumer that may fail with an I/O error. */
@FunctionalInterface
interface IoConsumer<T> {
    void accept(T t) throws IOException;
}
