/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-json-writer"

#include "config.h"

#include <string.h>

#include "briefing-json-writer.h"
#include "briefing-util-private.h"

/* One open container: whether it is an object, and how many values it holds so far. */
typedef struct
{
  gboolean is_object;
  guint    count;
} Level;

struct _BriefingJsonWriter
{
  GString *out;
  GArray  *levels;
  gboolean named;   /* a member's name is written and waits for its value */
};

#define INDENT 2

BriefingJsonWriter *
briefing_json_writer_new (void)
{
  BriefingJsonWriter *writer = g_new0 (BriefingJsonWriter, 1);

  writer->out = g_string_sized_new (4096);
  writer->levels = g_array_new (FALSE, FALSE, sizeof (Level));
  return writer;
}

void
briefing_json_writer_free (BriefingJsonWriter *writer)
{
  if (writer == NULL)
    return;
  if (writer->out != NULL)
    g_string_free (writer->out, TRUE);
  g_array_unref (writer->levels);
  g_free (writer);
}

char *
briefing_json_writer_finish (BriefingJsonWriter *writer,
                             gsize              *length)
{
  GString *out;

  g_return_val_if_fail (writer != NULL, NULL);
  g_warn_if_fail (writer->levels->len == 0);

  out = g_steal_pointer (&writer->out);
  briefing_json_writer_free (writer);
  g_string_append_c (out, '\n');
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

static void
newline_and_indent (GString *out,
                    guint    depth)
{
  gsize n = (gsize) depth * INDENT;

  g_string_append_c (out, '\n');
  if (n > 0)
    {
      gsize len = out->len;

      g_string_set_size (out, len + n);
      memset (out->str + len, ' ', n);
    }
}

/* What goes before a value: in an array, the separator and the indent; in an object the member's
 * name has written them. */
static void
begin_value (BriefingJsonWriter *writer)
{
  Level *level;

  if (writer->levels->len == 0)
    return;
  level = &g_array_index (writer->levels, Level, writer->levels->len - 1);
  if (level->is_object)
    {
      g_return_if_fail (writer->named);
      writer->named = FALSE;
      return;
    }
  if (level->count++ > 0)
    g_string_append_c (writer->out, ',');
  newline_and_indent (writer->out, writer->levels->len);
}

/* json-glib's escapes: the quote, the backslash, \b \t \n \f \r, the other control characters
 * from U+0001 to U+001E and U+007F as \u00XX. (U+001F passes as it is in json-glib 1.6, and so it
 * does here.) Everything else, non-ASCII included, is copied. */
static const gboolean needs_escape[256] = {
  [0x01] = TRUE, [0x02] = TRUE, [0x03] = TRUE, [0x04] = TRUE, [0x05] = TRUE, [0x06] = TRUE,
  [0x07] = TRUE, [0x08] = TRUE, [0x09] = TRUE, [0x0a] = TRUE, [0x0b] = TRUE, [0x0c] = TRUE,
  [0x0d] = TRUE, [0x0e] = TRUE, [0x0f] = TRUE, [0x10] = TRUE, [0x11] = TRUE, [0x12] = TRUE,
  [0x13] = TRUE, [0x14] = TRUE, [0x15] = TRUE, [0x16] = TRUE, [0x17] = TRUE, [0x18] = TRUE,
  [0x19] = TRUE, [0x1a] = TRUE, [0x1b] = TRUE, [0x1c] = TRUE, [0x1d] = TRUE, [0x1e] = TRUE,
  ['"'] = TRUE, ['\\'] = TRUE, [0x7f] = TRUE,
};

static void
append_quoted (GString    *out,
               const char *text)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + strlen (text);

  g_string_append_c (out, '"');
  while (*p != '\0')
    {
      const guchar *run = p;

      /* Most text needs no escape: eight bytes at a time while none is a quote, a backslash, a
       * control character or DEL, then byte by byte up to the next that may need one. */
      while (end - p >= 8 && briefing_json_plain_word ((const char *) p, TRUE))
        p += 8;
      /* NUL ends the text; needs_escape[0] is FALSE, so it is looked for after the run. */
      while (!needs_escape[*p] && *p != '\0')
        p++;
      if (p > run)
        g_string_append_len (out, (const char *) run, p - run);
      if (*p == '\0')
        break;
      switch (*p)
        {
        case '"':
          g_string_append_len (out, "\\\"", 2);
          break;
        case '\\':
          g_string_append_len (out, "\\\\", 2);
          break;
        case '\b':
          g_string_append_len (out, "\\b", 2);
          break;
        case '\t':
          g_string_append_len (out, "\\t", 2);
          break;
        case '\n':
          g_string_append_len (out, "\\n", 2);
          break;
        case '\f':
          g_string_append_len (out, "\\f", 2);
          break;
        case '\r':
          g_string_append_len (out, "\\r", 2);
          break;
        default:
          g_string_append_printf (out, "\\u%04x", *p);
          break;
        }
      p++;
    }
  g_string_append_c (out, '"');
}

static void
begin_container (BriefingJsonWriter *writer,
                 gboolean            is_object)
{
  Level level = { is_object, 0 };

  begin_value (writer);
  g_string_append_c (writer->out, is_object ? '{' : '[');
  g_array_append_val (writer->levels, level);
}

static void
end_container (BriefingJsonWriter *writer,
               gboolean            is_object)
{
  Level level;

  g_return_if_fail (writer->levels->len > 0);
  level = g_array_index (writer->levels, Level, writer->levels->len - 1);
  g_return_if_fail (level.is_object == is_object && !writer->named);
  g_array_set_size (writer->levels, writer->levels->len - 1);

  if (level.count == 0)
    {
      /* json-glib writes an empty array as "[]", and an empty object with its own indent inside:
       * "{}" at the top, "{  }" one level down. */
      if (is_object)
        g_string_append_printf (writer->out, "%*s}", (int) (writer->levels->len * INDENT), "");
      else
        g_string_append_c (writer->out, ']');
      return;
    }
  newline_and_indent (writer->out, writer->levels->len);
  g_string_append_c (writer->out, is_object ? '}' : ']');
}

void
briefing_json_writer_begin_object (BriefingJsonWriter *writer)
{
  begin_container (writer, TRUE);
}

void
briefing_json_writer_end_object (BriefingJsonWriter *writer)
{
  end_container (writer, TRUE);
}

void
briefing_json_writer_begin_array (BriefingJsonWriter *writer)
{
  begin_container (writer, FALSE);
}

void
briefing_json_writer_end_array (BriefingJsonWriter *writer)
{
  end_container (writer, FALSE);
}

void
briefing_json_writer_member (BriefingJsonWriter *writer,
                             const char         *name)
{
  Level *level;

  g_return_if_fail (writer->levels->len > 0 && !writer->named);
  level = &g_array_index (writer->levels, Level, writer->levels->len - 1);
  g_return_if_fail (level->is_object);

  if (level->count++ > 0)
    g_string_append_c (writer->out, ',');
  newline_and_indent (writer->out, writer->levels->len);
  append_quoted (writer->out, name);
  g_string_append_len (writer->out, " : ", 3);
  writer->named = TRUE;
}

void
briefing_json_writer_string (BriefingJsonWriter *writer,
                             const char         *value)
{
  g_return_if_fail (value != NULL);
  begin_value (writer);
  append_quoted (writer->out, value);
}

void
briefing_json_writer_int (BriefingJsonWriter *writer,
                          gint64              value)
{
  char buffer[BRIEFING_DIGITS_MAX + 1];
  char *p = briefing_format_digits (buffer + sizeof buffer,
                                    value < 0 ? (guint64) 0 - (guint64) value : (guint64) value, 1);

  if (value < 0)
    *--p = '-';

  begin_value (writer);
  g_string_append_len (writer->out, p, buffer + sizeof buffer - p);
}

/* As json-glib: 17 significant digits, and ".0" after a whole number — but not after an exponent
 * ("1e-300"), where json-glib 1.6 writes "1e-300.0", which is not JSON. */
void
briefing_json_writer_double (BriefingJsonWriter *writer,
                             double              value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  begin_value (writer);
  g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
  g_string_append (writer->out, buffer);
  if (strpbrk (buffer, ".eE") == NULL && strspn (buffer, "-0123456789") == strlen (buffer))
    g_string_append_len (writer->out, ".0", 2);
}

void
briefing_json_writer_boolean (BriefingJsonWriter *writer,
                              gboolean            value)
{
  begin_value (writer);
  g_string_append (writer->out, value ? "true" : "false");
}

void
briefing_json_writer_null (BriefingJsonWriter *writer)
{
  begin_value (writer);
  g_string_append_len (writer->out, "null", 4);
}

static void
write_value (BriefingJsonWriter *writer,
             JsonNode           *node)
{
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      briefing_json_writer_int (writer, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      briefing_json_writer_double (writer, json_node_get_double (node));
      break;
    case G_TYPE_BOOLEAN:
      briefing_json_writer_boolean (writer, json_node_get_boolean (node));
      break;
    case G_TYPE_STRING:
      briefing_json_writer_string (writer, json_node_get_string (node));
      break;
    default:
      briefing_json_writer_null (writer);
      break;
    }
}

void
briefing_json_writer_node (BriefingJsonWriter *writer,
                           JsonNode           *node)
{
  switch (node != NULL ? json_node_get_node_type (node) : JSON_NODE_NULL)
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        briefing_json_writer_begin_object (writer);
        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            briefing_json_writer_member (writer, name);
            briefing_json_writer_node (writer, member);
          }
        briefing_json_writer_end_object (writer);
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        briefing_json_writer_begin_array (writer);
        for (guint i = 0; i < n; i++)
          briefing_json_writer_node (writer, json_array_get_element (array, i));
        briefing_json_writer_end_array (writer);
      }
      break;
    case JSON_NODE_VALUE:
      write_value (writer, node);
      break;
    case JSON_NODE_NULL:
    default:
      briefing_json_writer_null (writer);
      break;
    }
}

void
briefing_json_writer_add_string (BriefingJsonWriter *writer,
                                 const char         *name,
                                 const char         *value)
{
  if (value == NULL)
    return;
  briefing_json_writer_member (writer, name);
  briefing_json_writer_string (writer, value);
}

void
briefing_json_writer_add_int (BriefingJsonWriter *writer,
                              const char         *name,
                              gint64              value)
{
  briefing_json_writer_member (writer, name);
  briefing_json_writer_int (writer, value);
}

void
briefing_json_writer_add_date (BriefingJsonWriter *writer,
                               const char         *name,
                               const BriefingDate *date)
{
  g_autofree char *text = NULL;

  if (date == NULL || !briefing_date_is_set (date))
    return;
  text = briefing_date_to_string (date);
  briefing_json_writer_add_string (writer, name, text);
}
