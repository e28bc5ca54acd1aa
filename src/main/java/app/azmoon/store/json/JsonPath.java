package app.azmoon.store.json;

/**
 * A JSON path kept as a link to its parent and one step, spelled out ({@code
 * $.questions[3].prompt}) only by {@link #toString}: one small object per value instead of one
 * string, and no text built for the paths no problem names.
 */
final class JsonPath {
  static final JsonPath ROOT = new JsonPath(null, null, -1);

  private final JsonPath parent;
  private final String name; // a member's name, or null for a list item
  private final int index;

  private JsonPath(JsonPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  JsonPath member(String memberName) {
    return new JsonPath(this, memberName, -1);
  }

  JsonPath item(int itemIndex) {
    return new JsonPath(this, null, itemIndex);
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "$";
    }
    return name == null
        ? parent + "[" + index + "]"
        : JsonTreeReader.memberPath(parent.toString(), name);
  }
}
