package dev.precis.scale;

/**
 * One measured cluster size.
 *
 * @param articles      articles in the cluster
 * @param sentences     sentences after cleaning and segmentation
 * @param firstSeconds  wall time of the first summary of this size (the code it reaches not yet compiled)
 * @param seconds       median wall time of one summary, evidence included
 * @param cpuSeconds    median CPU time of the process (every thread: workers, garbage collection) for one summary
 * @param peakRssMb     the process's peak resident memory so far (VmHWM), in MiB; -1 where the OS does not say
 * @param peakHeapMb    the largest heap in use seen during the runs of this size, in MiB
 */
public record ScalingPoint(int articles, int sentences, double firstSeconds, double seconds, double cpuSeconds, double peakRssMb, double peakHeapMb) {
}
