package com.nexus.chatops.action;

/** Where the runbooks' decision hints read what a service runs: its Kubernetes workload and its ECS deployment. */
public record ServiceReads(Workloads workloads, TaskDeployments ecs) {
    public static final ServiceReads NONE = new ServiceReads(Workloads.NONE, TaskDeployments.NONE);

    /** Whatever of the two the given adapters can read; the other reads nothing. */
    public static ServiceReads of(Object... adapters) {
        Workloads workloads = Workloads.NONE;
        TaskDeployments ecs = TaskDeployments.NONE;
        for (Object adapter : adapters) {
            workloads = adapter instanceof Workloads w ? w : workloads;
            ecs = adapter instanceof TaskDeployments t ? t : ecs;
        }
        return new ServiceReads(workloads, ecs);
    }
}
