package app.azmoon.store;

import app.azmoon.engine.review.Card;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** Card states as JSON, for {@code azmoon cards --json}. */
public final class CardsJson {
  private CardsJson() {}

  public static String of(List<Card> cards) {
    JsonArray array = new JsonArray();
    for (Card c : cards) {
      JsonObject o = new JsonObject();
      o.addProperty("id", c.question().id());
      o.addProperty("bank", c.bank().id());
      o.addProperty("state", c.state().state().code());
      o.addProperty("stability", c.state().stability());
      o.addProperty("difficulty", c.state().difficulty());
      if (c.state().reps() > 0) {
        o.addProperty("due", c.state().due().toString());
      }
      o.addProperty("reps", c.state().reps());
      o.addProperty("lapses", c.state().lapses());
      array.add(o);
    }
    return JsonOut.pretty(array);
  }
}
