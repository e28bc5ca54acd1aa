package app.azmoon.store.progress;

import app.azmoon.domain.schedule.CardState;
import app.azmoon.domain.schedule.Review;
import app.azmoon.domain.schedule.Scheduler;
import app.azmoon.domain.schedule.State;
import app.azmoon.engine.review.Card;
import app.azmoon.engine.review.ReviewSink;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's progress: every card's state, derived by replaying the review log onto the last
 * snapshot, and the log itself as the sink of new reviews.
 *
 * <p>Opening for review takes the data directory's lock (a second session gets {@code
 * LockedException}, exit 75); opening to read ({@code cards}, {@code stats}) takes none. A snapshot
 * holds the states and the scheduler parameters they were computed with; a snapshot made with other
 * parameters, or no longer matching the log, is rebuilt from the whole log.
 */
public final class ProgressStore implements ReviewSink, AutoCloseable {
  /** Past this many reviews replayed at start-up, a fresh snapshot is written. */
  static final int SNAPSHOT_AFTER = 500;

  private final Optional<ReviewLog> log;
  private final Map<String, CardState> states;
  private final List<Review> reviews;
  private final List<String> warnings;

  private ProgressStore(
      Optional<ReviewLog> log,
      Map<String, CardState> states,
      List<Review> replayed,
      List<String> warnings) {
    this.log = log;
    this.states = states;
    this.reviews = replayed;
    this.warnings = warnings;
  }

  /** For a review session: locked, and the snapshot refreshed when it was stale or far behind. */
  public static ProgressStore openForReview(
      Path dataDir, Scheduler scheduler, InstantSource clock) {
    ReviewLog log = ReviewLog.open(dataDir, clock);
    try {
      SnapshotFile snapshots = SnapshotFile.in(dataDir);
      Resumed<Optional<Base>> resumed = log.resume(snapshots, in -> readPayload(in, scheduler));
      Optional<Base> base = resumed.payload().flatMap(p -> p);
      Map<String, CardState> states = new HashMap<>();
      List<String> warnings = new ArrayList<>(resumed.replay().warnings());
      boolean rebuilt = resumed.rebuildReason().isPresent();
      Instant latest = Instant.MIN;
      if (resumed.fromSnapshot() && base.isEmpty()) {
        // Made under other scheduler parameters: the states must come from the whole log.
        LogContents all = log.read();
        latest = replay(states, all.reviews(), scheduler, latest);
        rebuilt = true;
      } else {
        if (base.isPresent()) {
          states.putAll(base.get().states());
          latest = base.get().latest();
        }
        latest = replay(states, resumed.replay().reviews(), scheduler, latest);
      }
      if (rebuilt || resumed.replay().reviews().size() > SNAPSHOT_AFTER) {
        try {
          snapshots.write(new Snapshot(log.end(), payload(states, scheduler, latest)));
        } catch (app.azmoon.store.StorageException e) {
          // Only a cache: without it the next start replays the whole log, nothing is lost.
          warnings.add("the snapshot was not saved (" + e.getMessage() + ")");
        }
      }
      return new ProgressStore(Optional.of(log), states, List.of(), warnings);
    } catch (RuntimeException e) {
      log.close();
      throw e;
    }
  }

  /**
   * For reading only: no lock, no file changed; every review up to {@code asOf} is read, for
   * statistics and for card states as they stood then.
   */
  public static ProgressStore read(Path dataDir, Scheduler scheduler, Instant asOf) {
    return fromWholeLog(ReviewLog.readOnly(dataDir), scheduler, asOf);
  }

  /**
   * Card states as of {@code asOf}, like {@link #read} but without the reviews: from the snapshot
   * and the log's tail when the snapshot covers nothing later than {@code asOf}, so the cost does
   * not grow with the history. The states are the same either way.
   */
  public static ProgressStore readStates(Path dataDir, Scheduler scheduler, Instant asOf) {
    Resumed<Optional<Base>> resumed =
        ReviewLog.resumeReadOnly(
            dataDir, SnapshotFile.in(dataDir), in -> readPayload(in, scheduler));
    if (!resumed.fromSnapshot()) {
      ProgressStore all = fromWholeLog(resumed.replay(), scheduler, asOf);
      return new ProgressStore(Optional.empty(), all.states, List.of(), all.warnings);
    }
    Optional<Base> base = resumed.payload().flatMap(p -> p).filter(b -> !b.latest().isAfter(asOf));
    if (base.isEmpty()) {
      // Other parameters, or reviews after asOf among those covered: only the whole log can say.
      ProgressStore all = read(dataDir, scheduler, asOf);
      return new ProgressStore(Optional.empty(), all.states, List.of(), all.warnings);
    }
    Map<String, CardState> states = base.get().states(); // read for this call alone
    replay(states, upTo(resumed.replay().reviews(), asOf), scheduler, Instant.MIN);
    return new ProgressStore(Optional.empty(), states, List.of(), resumed.replay().warnings());
  }

  private static ProgressStore fromWholeLog(LogContents all, Scheduler scheduler, Instant asOf) {
    List<Review> upTo = upTo(all.reviews(), asOf);
    Map<String, CardState> states = new HashMap<>();
    replay(states, upTo, scheduler, Instant.MIN);
    return new ProgressStore(Optional.empty(), states, upTo, all.warnings());
  }

  private static List<Review> upTo(List<Review> reviews, Instant asOf) {
    return reviews.stream().filter(r -> !r.at().isAfter(asOf)).toList();
  }

  /** Card key ({@link Card#key}) to state. */
  public Map<String, CardState> states() {
    return Map.copyOf(states);
  }

  /** Every review in the log, when opened with {@link #read}; empty for a review session. */
  public List<Review> reviews() {
    return List.copyOf(reviews);
  }

  /** Things set aside on the way (a torn last line), to tell the learner. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  @Override
  public void append(Review review) {
    log.orElseThrow().append(review);
  }

  @Override
  public void undo(String bank, String card, Instant at) {
    log.orElseThrow().appendUndo(bank, card, at);
  }

  @Override
  public void close() {
    log.ifPresent(ReviewLog::close);
  }

  /** Replays onto {@code states}; returns the latest review time seen, or {@code latest}. */
  private static Instant replay(
      Map<String, CardState> states, List<Review> reviews, Scheduler scheduler, Instant latest) {
    Map<String, List<Review>> byCard = new LinkedHashMap<>();
    Instant last = latest;
    for (Review r : reviews) {
      byCard.computeIfAbsent(Card.key(r.bank(), r.card()), k -> new ArrayList<>()).add(r);
      if (r.at().isAfter(last)) {
        last = r.at();
      }
    }
    byCard.forEach(
        (key, list) ->
            states.put(key, scheduler.replay(states.getOrDefault(key, CardState.NEW), list)));
    return last;
  }

  /**
   * A snapshot's states, and the latest time among the reviews it covers: a reader asking about an
   * earlier moment cannot use it.
   */
  private record Base(Map<String, CardState> states, Instant latest) {}

  private static String fingerprint(Scheduler scheduler) {
    return scheduler.parameters().toString();
  }

  private static String payload(
      Map<String, CardState> states, Scheduler scheduler, Instant latest) {
    JsonObject root = new JsonObject();
    root.addProperty("parameters", fingerprint(scheduler));
    if (!latest.equals(Instant.MIN)) {
      root.addProperty("latest", latest.toString());
    }
    JsonObject cards = new JsonObject();
    states.forEach(
        (key, s) -> {
          JsonObject c = new JsonObject();
          c.addProperty("state", s.state().code());
          c.addProperty("stability", s.stability());
          c.addProperty("difficulty", s.difficulty());
          c.addProperty("due", s.due().toString());
          s.lastReview().ifPresent(l -> c.addProperty("last", l.toString()));
          c.addProperty("reps", s.reps());
          c.addProperty("lapses", s.lapses());
          c.addProperty("step", s.step());
          cards.add(key, c);
        });
    root.add("cards", cards);
    return root.toString();
  }

  /**
   * The states in a snapshot's payload, read straight from the snapshot's stream; empty when it was
   * made under other parameters or by an older Azmoon. Throws when the payload is damaged, which
   * makes the snapshot unusable: the states are then rebuilt from the whole log.
   */
  private static Optional<Base> readPayload(JsonReader in, Scheduler scheduler) throws IOException {
    String parameters = null;
    Instant latest = Instant.MIN;
    Map<String, CardState> states = new HashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "parameters" -> parameters = in.nextString();
        case "latest" -> latest = instant(in.nextString());
        case "cards" -> {
          in.beginObject();
          while (in.hasNext()) {
            String key = in.nextName();
            states.put(key, cardState(in));
          }
          in.endObject();
        }
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (!fingerprint(scheduler).equals(parameters)) {
      return Optional.empty();
    }
    if (latest.equals(Instant.MIN) && !states.isEmpty()) {
      return Optional.empty(); // an older Azmoon's snapshot: when its reviews end is not known
    }
    return Optional.of(new Base(states, latest));
  }

  /** One card's state as {@link #payload} writes it; every field but "last" is required. */
  private static CardState cardState(JsonReader in) throws IOException {
    State state = null;
    double stability = Double.NaN;
    double difficulty = Double.NaN;
    Instant due = null;
    Optional<Instant> last = Optional.empty();
    int reps = -1;
    int lapses = -1;
    int step = -1;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "state" -> state = State.parse(in.nextString()).orElseThrow();
        case "stability" -> stability = in.nextDouble();
        case "difficulty" -> difficulty = in.nextDouble();
        case "due" -> due = instant(in.nextString());
        case "last" -> last = Optional.of(instant(in.nextString()));
        case "reps" -> reps = in.nextInt();
        case "lapses" -> lapses = in.nextInt();
        case "step" -> step = in.nextInt();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (state == null
        || Double.isNaN(stability)
        || Double.isNaN(difficulty)
        || due == null
        || reps < 0
        || lapses < 0
        || step < 0) {
      throw new IllegalStateException("a card's state in the snapshot lacks a field");
    }
    return new CardState(state, stability, difficulty, due, last, reps, lapses, step);
  }

  /**
   * A time as {@link Instant#toString} wrote it, read without a formatter: through {@link
   * Instant#parse}, the 40,000 in a snapshot of 20,000 cards took more than half of reading it.
   */
  private static Instant instant(String text) {
    Instant fast = LogLine.utc(text);
    return fast != null ? fast : Instant.parse(text);
  }
}
