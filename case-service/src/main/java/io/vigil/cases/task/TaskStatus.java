package io.vigil.cases.task;

/** Whether a task on a case still needs doing. */
public enum TaskStatus {
    OPEN, DONE
}
