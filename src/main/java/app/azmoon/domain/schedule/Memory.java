package app.azmoon.domain.schedule;

/** FSRS's memory of a card: stability in days and difficulty from 1 to 10. */
record Memory(double stability, double difficulty) {}
