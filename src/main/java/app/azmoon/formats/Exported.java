package app.azmoon.formats;

import java.util.List;

/** A bank written in another format, and a note for each question the format could not carry. */
public record Exported(String text, List<Note> skipped) {
  public Exported {
    skipped = List.copyOf(skipped);
  }
}
