package org.warta.bench.pipeline;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap a run needs: the largest heap still in use right after a collection (the live data plus what the
 * collector left), watched through the collectors' notifications, and the sum of the heap pools' peaks, which
 * counts garbage not yet collected and so is an upper bound that grows with the maximum heap allowed.
 */
final class PeakHeap {
    private final AtomicLong live = new AtomicLong();

    private PeakHeap() {
    }

    static PeakHeap watch() {
        PeakHeap heap = new PeakHeap();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(MemoryUsage::getUsed).sum();
                        heap.live.accumulateAndGet(used - nonHeapAfter(info), Math::max);
                    }
                }, null, null);
            }
        }
        return heap;
    }

    /** The non-heap pools' share of a notification's figures (the notification covers every pool). */
    private static long nonHeapAfter(GarbageCollectionNotificationInfo info) {
        long nonHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            if (pool.getType() == MemoryType.NON_HEAP && u != null) {
                nonHeap += u.getUsed();
            }
        }
        return nonHeap;
    }

    long liveMiB() {
        return live.get() >> 20;
    }

    long usedMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
