package io.github.bitaxemonitor.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A minimal server for many simulated miners: ONE selector thread serves every listening socket and every connection,
 * HTTP/1.1 for Bitaxes and the CGMiner API's one-command-per-connection for the others ({@link WireProtocol});
 * replies are built on a small scheduler pool when their delay is over and handed back to the selector thread to be
 * written. Nothing ever sleeps on the selector thread and no thread exists per miner or connection. A miner whose
 * firmware serves one connection at a time ({@link MinerType#serial()}) stops accepting while it serves one; later
 * clients wait in the listen backlog, as they do on the real device.
 *
 * <p>Each process may open only so many files ({@code ulimit -n}; 20,000 on the reference machine). Every miner needs
 * a listening socket, every client connection one more, so the server keeps a {@link ConnectionBudget}: at the
 * budget it closes the longest-idle keep-alive connection, or when none is idle stops accepting until one closes.
 */
final class LoopbackServer implements AutoCloseable {
    /** Descriptors left for the JVM itself (jars, selector, epoll, logs). */
    private static final int RESERVED_DESCRIPTORS = 64;
    private static final int ACCEPTS_PER_WAKEUP = 16;
    /** Buffers per gathering write: 1 MB of a huge reply, more than a loopback socket takes at once. */
    private static final int WRITE_BATCH = 16;

    private final Selector selector;
    private final ReplyDelays delays;
    private final List<Listener> listeners;
    private final ScheduledThreadPoolExecutor scheduler;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** True while a wakeup is on its way; replies due together then cost one wakeup, not one each. */
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    private final ConnectionBudget budget;
    private final Thread thread;
    private volatile boolean running = true;

    private LoopbackServer(Selector selector, List<Listener> listeners, ReplyDelays delays, int budget) {
        this.selector = selector;
        this.listeners = listeners;
        this.delays = delays;
        this.budget = new ConnectionBudget(budget, this::close);
        this.scheduler = new ScheduledThreadPoolExecutor(Math.min(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "sim-reply");
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        this.thread = new Thread(this::loop, "sim-selector");
        thread.setDaemon(true);
    }

    /**
     * Binds one listening socket per miner, miner i on {@code bindings.get(i)} (port 0: ephemeral), speaking the
     * protocol {@code protocols} gives it, and starts serving. Offline miners get their port but nothing listens on
     * it. At most {@code maxConnections} client connections are held at once, fewer when the descriptor limit says so.
     */
    static LoopbackServer start(List<SimulatedMiner> miners, List<InetSocketAddress> bindings,
            Function<SimulatedMiner, WireProtocol> protocols, ReplyDelays delays, int maxConnections) {
        Descriptors.requireRoomFor(miners.size(), RESERVED_DESCRIPTORS);
        Selector selector;
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new FleetStartException("cannot open a selector: " + e.getMessage(), e);
        }
        List<Listener> listeners = Ports.bindAll(selector, miners, bindings, protocols);
        int budget = Math.min(maxConnections, Descriptors.connectionBudget(RESERVED_DESCRIPTORS));
        LoopbackServer server = new LoopbackServer(selector, listeners, delays, budget);
        for (Listener l : listeners) {
            l.miner.onReachabilityChange(() -> server.syncReachability(l));
        }
        server.thread.start();
        return server;
    }

    List<Listener> listeners() {
        return listeners;
    }

    /** Client connections this process may hold at once. */
    int connectionBudget() {
        return budget.limit();
    }

    /** Opens or closes a miner's port to match its OFFLINE fault; returns once done. */
    private void syncReachability(Listener l) {
        if (!running) {
            return;
        }
        if (Thread.currentThread() == thread) {
            applyReachability(l);
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        execute(() -> {
            try {
                applyReachability(l);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the simulator did not switch " + l.where() + " in time");
        }
    }

    private void applyReachability(Listener l) {
        boolean offline = l.miner.has(Fault.OFFLINE);
        try {
            if (offline && l.channel != null) {
                l.key.cancel();
                l.channel.close();
                l.channel = null;
                l.key = null;
                l.serving = null;
                budget.forget(l);
                for (SelectionKey k : new ArrayList<>(selector.keys())) {
                    if (k.attachment() instanceof Connection && ((Connection) k.attachment()).listener == l) {
                        close((Connection) k.attachment());
                    }
                }
                // A registered channel is really closed only when the selector deregisters it: do that now, so the
                // port refuses connections by the time the caller goes on.
                selector.selectNow(this::handle);
                // selectNow swallowed any wakeup paid for meanwhile; its task is queued and the running drain takes
                // it, but the flag must say no wakeup is on its way, or the next execute() would never wake us.
                wakeupPending.set(false);
            } else if (!offline && l.channel == null) {
                l.channel = Ports.open(l.address, l.port);
                l.key = l.channel.register(selector, SelectionKey.OP_ACCEPT, l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch " + l.where() + ": " + e.getMessage(), e);
        }
    }

    private void execute(Runnable task) {
        tasks.add(task);
        if (wakeupPending.compareAndSet(false, true)) {
            selector.wakeup();
        }
    }

    private void loop() {
        try {
            while (running) {
                selector.select(this::handle);
                wakeupPending.set(false);
                for (Runnable task; (task = tasks.poll()) != null; ) {
                    task.run();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (running) {
                System.err.println("simulator: selector failed: " + e);
            }
        }
    }

    private void handle(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        if (key.attachment() instanceof Listener) {
            accept((Listener) key.attachment());
            return;
        }
        Connection c = (Connection) key.attachment();
        try {
            if (key.isWritable()) {
                flush(c);
            }
            if (!c.closed && key.isValid() && key.isReadable()) {
                read(c);
            }
        } catch (IOException | RuntimeException e) {
            close(c);
        }
    }

    private void accept(Listener l) {
        for (int i = 0; i < ACCEPTS_PER_WAKEUP && l.channel != null && l.serving == null; i++) {
            if (budget.full()) {
                if (i > 0) {
                    // Only the first accept of a wakeup surely has a client waiting: never evict on speculation.
                    return;
                }
                if (!budget.makeRoom(l)) {
                    return;
                }
            }
            SocketChannel channel;
            try {
                channel = l.channel.accept();
            } catch (IOException e) {
                budget.shrinkToOpen();
                budget.makeRoom(l);
                return;
            }
            if (channel == null) {
                return;
            }
            Connection c = new Connection(channel, l);
            try {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                c.key = channel.register(selector, SelectionKey.OP_READ, c);
            } catch (IOException e) {
                Ports.closeQuietly(channel);
                continue;
            }
            budget.opened();
            if (l.serial) {
                l.serving = c;
                l.updateAccept();
            }
        }
    }

    private void read(Connection c) throws IOException {
        if (!c.in.hasRemaining()) {
            if (c.busy) {
                updateInterest(c);
                return;
            }
            if (!c.growInput()) {
                respondNow(c, c.listener.protocol.overflow());
                return;
            }
        }
        if (c.channel.read(c.in) < 0) {
            c.ended = true;
            if (!c.listener.protocol.answersAfterEnd()) {
                close(c);
                return;
            }
            if (!c.busy && !dispatch(c)) {
                close(c); // hung up without a complete request: nothing to answer
                return;
            }
            updateInterest(c);
            return;
        }
        dispatch(c);
    }

    /** Takes the next complete request, if any, and schedules its reply; false when there was none. */
    private boolean dispatch(Connection c) {
        if (c.busy || c.closed) {
            return false;
        }
        WireProtocol.Request request = c.listener.protocol.take(c, c.ended);
        if (request == null) {
            if (!c.in.hasRemaining() && !c.growInput()) {
                respondNow(c, c.listener.protocol.overflow());
                return true;
            }
            return false;
        }
        Reply now = request.immediate();
        if (now != null) {
            respondNow(c, now);
            return true;
        }
        c.busy = true;
        budget.busy(c);
        long delay = delays.delayMs(c.listener.miner);
        c.pending = scheduler.schedule(() -> replyWhenDue(c, request), delay, TimeUnit.MILLISECONDS);
        return true;
    }

    /** Runs on a scheduler thread: the reply is built now, written by the selector thread. */
    private void replyWhenDue(Connection c, WireProtocol.Request request) {
        Reply reply;
        try {
            reply = request.answer(c.listener.miner);
        } catch (RuntimeException e) {
            reply = c.listener.protocol.internalError(e);
        }
        Reply ready = reply;
        execute(() -> startWrite(c, ready));
    }

    private void respondNow(Connection c, Reply reply) {
        c.busy = true;
        budget.busy(c);
        startWrite(c, reply);
    }

    private void startWrite(Connection c, Reply reply) {
        if (c.closed) {
            return;
        }
        c.pending = null;
        c.out = reply;
        c.outIndex = 0;
        try {
            flush(c);
        } catch (IOException | RuntimeException e) {
            close(c);
        }
    }

    private void flush(Connection c) throws IOException {
        if (c.out == null) {
            updateInterest(c);
            return;
        }
        ByteBuffer[] b = c.out.buffers();
        while (c.outIndex < b.length) {
            long n = c.channel.write(b, c.outIndex, Math.min(b.length - c.outIndex, WRITE_BATCH));
            while (c.outIndex < b.length && !b[c.outIndex].hasRemaining()) {
                c.outIndex++;
            }
            if (n == 0) {
                break;
            }
        }
        if (c.outIndex < b.length) {
            updateInterest(c);
            return;
        }
        boolean closeAfter = c.out.close();
        c.out = null;
        if (closeAfter) {
            close(c);
            return;
        }
        c.busy = false;
        budget.idle(c);
        updateInterest(c);
        dispatch(c);
    }

    /** Reads while there is room (also to notice a client hanging up) and writes while a reply is pending. */
    private static void updateInterest(Connection c) {
        if (c.key.isValid()) {
            c.key.interestOps((c.out != null ? SelectionKey.OP_WRITE : 0)
                    | (!c.ended && (c.in.hasRemaining() || !c.busy) ? SelectionKey.OP_READ : 0));
        }
    }

    private void close(Connection c) {
        if (c.closed) {
            return;
        }
        c.closed = true;
        if (c.pending != null) {
            c.pending.cancel(false);
        }
        c.key.cancel();
        Ports.closeQuietly(c.channel);
        budget.closed(c);
        Listener l = c.listener;
        if (l.serving == c) {
            l.serving = null;
            l.updateAccept();
        }
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler.shutdownNow();
        Ports.closeAll(selector, listeners);
    }

}
