package app.azmoon.formats;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a Moodle XML file with the JDK's parser made safe for files from anywhere: a document type
 * declaration is refused outright, so no entity can read a local file, fetch a URL or expand
 * without end ("billion laughs"); Moodle never writes one.
 */
final class MoodleXmlParser {
  private MoodleXmlParser() {}

  /** The {@code <quiz>} root of {@code text}; fails with one sentence otherwise. */
  static Element quiz(String text) {
    Element root;
    try {
      root = builder().parse(new InputSource(new StringReader(text))).getDocumentElement();
    } catch (SAXParseException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("DOCTYPE")) {
        throw new FormatException(
            "line "
                + e.getLineNumber()
                + ": the file declares a DOCTYPE, which Moodle XML never has; it is refused so"
                + " that no entity can read other files or expand without end");
      }
      throw new FormatException(
          "line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": not well-formed XML, so not a Moodle XML file");
    } catch (SAXException | IOException e) {
      throw new FormatException("not a Moodle XML file: it cannot be read as XML");
    }
    if (!root.getTagName().equals("quiz")) {
      throw new FormatException(
          "not a Moodle XML file: its root element is <" + root.getTagName() + ">, not <quiz>");
    }
    return root;
  }

  private static DocumentBuilder builder() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entities are refused");
          });
      builder.setErrorHandler(QUIET);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
    }
  }

  /** Fails on errors instead of printing them to the standard error stream as the default does. */
  private static final ErrorHandler QUIET =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  /** The element's child elements named {@code name}, in order. */
  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first child element named {@code name}, or null. */
  static Element child(Element parent, String name) {
    List<Element> all = children(parent, name);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Moodle's {@code <x><text>…</text></x>}: the text, or "" when absent. */
  static String text(Element holder) {
    Element text = child(holder, "text");
    return text == null ? "" : text.getTextContent();
  }

  /** The text content of the child named {@code name}, stripped, or {@code otherwise}. */
  static String value(Element parent, String name, String otherwise) {
    Element e = child(parent, name);
    return e == null ? otherwise : e.getTextContent().strip();
  }

  /** Whether the element's {@code format} attribute says HTML (Moodle's default). */
  static boolean html(Element e) {
    String format = e == null ? "" : e.getAttribute("format");
    return !format.equals("plain_text") && !format.equals("markdown");
  }
}
