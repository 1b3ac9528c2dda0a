/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-json-scan"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "briefing-json-scan.h"
#include "briefing-util-private.h"

/* Objects with more members than this check for duplicates with a hash table. */
#define LINEAR_KEY_LIMIT 24
#define MAX_SAFE_INTEGER G_GUINT64_CONSTANT (9007199254740992)

typedef struct
{
  const char *key;   /* decoded when the raw key had escapes */
  gsize       len;
} Key;

/* Where the checker is, for the path of a problem: the member or element being read at each depth. */
typedef struct
{
  const char *key;
  gsize       key_len;
  guint       index;
  guint       is_element : 1;
  guint       active : 1;
} Part;

typedef struct
{
  const char      *data;
  const char      *p;
  const char      *end;
  guint            max_depth;
  guint            depth;
  gsize            n_values;
  gsize            max_values;
  Part             parts[BRIEFING_JSON_MAX_DEPTH + 1];
  GArray          *keys[BRIEFING_JSON_MAX_DEPTH + 1];
  GPtrArray       *decoded;      /* decoded keys to free */
  BriefingProblem *problem;
  BriefingJsonCheckedFunc checked;  /* told of each value accepted at the top two levels */
  gpointer         checked_data;
} Checker;

static gboolean
fail (Checker             *c,
      const char          *at,
      BriefingBundleError  code,
      const char          *message)
{
  g_autoptr(GString) path = g_string_new (NULL);
  guint line, column;

  if (c->problem != NULL)
    return FALSE;

  for (guint d = 1; d <= c->depth && d <= c->max_depth; d++)
    {
      const Part *part = &c->parts[d];

      if (!part->active)
        break;
      if (part->is_element)
        g_string_append_printf (path, "[%u]", part->index);
      else
        {
          if (path->len > 0)
            g_string_append_c (path, '.');
          g_string_append_len (path, part->key, part->key_len);
        }
    }

  briefing_json_position (c->data, c->end - c->data, at - c->data, &line, &column);
  c->problem = briefing_problem_new (BRIEFING_PROBLEM_ERROR, code, path->str, line, column, message);
  return FALSE;
}

static gboolean
fail_unexpected (Checker    *c,
                 const char *what)
{
  g_autofree char *msg = NULL;

  if (c->p >= c->end)
    /* Translators: %s says what was expected, e.g. "a value" */
    msg = g_strdup_printf (_("unexpected end of file, expected %s"), what);
  else if ((guchar) *c->p >= 0x20 && (guchar) *c->p < 0x7f)
    /* Translators: %c is the character found, %s what was expected, e.g. "a value" */
    msg = g_strdup_printf (_("unexpected “%c”, expected %s"), *c->p, what);
  else
    /* Translators: %s says what was expected, e.g. "a value" */
    msg = g_strdup_printf (_("unexpected character, expected %s"), what);

  return fail (c, c->p, BRIEFING_BUNDLE_ERROR_SYNTAX, msg);
}

static inline void
skip_ws (Checker *c)
{
  c->p = briefing_json_skip_space (c->p, c->end);
}

static gboolean
read_hex4 (Checker  *c,
           gunichar *out)
{
  gunichar v = 0;

  if (c->end - c->p < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int h = briefing_json_hex_value (c->p[i]);

      if (h < 0)
        return FALSE;
      v = v << 4 | h;
    }

  c->p += 4;
  *out = v;
  return TRUE;
}

/* Checks a string at c->p (on its opening quote). When @decoded is not NULL and the string has
 * escapes, stores its decoded text there. */
static gboolean
check_string (Checker  *c,
              gboolean *has_escapes,
              GString  *decoded)
{
  const char *start = c->p;

  c->p++;
  *has_escapes = FALSE;

  while (c->p < c->end)
    {
      guchar ch;

      /* Most of a string is plain text: eight bytes at a time, while none of them is a quote, a
       * backslash or a control character (then the bytes go one by one, below). */
      while (decoded == NULL && c->end - c->p >= 8 && briefing_json_plain_word (c->p, FALSE))
        c->p += 8;
      if (c->p >= c->end)
        break;

      ch = *c->p;
      if (ch == '"')
        {
          c->p++;
          return TRUE;
        }

      if (ch < 0x20)
        return fail (c, c->p, BRIEFING_BUNDLE_ERROR_SYNTAX,
                     _("control character inside a string (write it as an escape such as \\n)"));

      if (ch != '\\')
        {
          if (decoded != NULL)
            g_string_append_c (decoded, ch);
          c->p++;
          continue;
        }

      *has_escapes = TRUE;
      c->p++;
      if (c->p >= c->end)
        break;

      switch (*c->p)
        {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          if (decoded != NULL)
            {
              static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";

              g_string_append_c (decoded, to[strchr (from, *c->p) - from]);
            }
          c->p++;
          break;

        case 'u':
          {
            const char *esc = c->p - 1;
            gunichar u, low;

            c->p++;
            if (!read_hex4 (c, &u))
              return fail (c, esc, BRIEFING_BUNDLE_ERROR_SYNTAX,
                           _("\\u must be followed by four hexadecimal digits"));
            if (u == 0)
              return fail (c, esc, BRIEFING_BUNDLE_ERROR_ENCODING,
                           _("\\u0000 (a NUL character) is not allowed in a string"));
            if (u >= 0xDC00 && u <= 0xDFFF)
              return fail (c, esc, BRIEFING_BUNDLE_ERROR_ENCODING,
                           _("a low surrogate \\u escape without its high surrogate"));
            if (u >= 0xD800 && u <= 0xDBFF)
              {
                if (c->end - c->p < 6 || c->p[0] != '\\' || c->p[1] != 'u')
                  return fail (c, esc, BRIEFING_BUNDLE_ERROR_ENCODING,
                               _("a high surrogate \\u escape without its low surrogate"));
                c->p += 2;
                if (!read_hex4 (c, &low) || low < 0xDC00 || low > 0xDFFF)
                  return fail (c, esc, BRIEFING_BUNDLE_ERROR_ENCODING,
                               _("a high surrogate \\u escape without its low surrogate"));
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
              }
            if (decoded != NULL)
              g_string_append_unichar (decoded, u);
          }
          break;

        default:
          return fail (c, c->p - 1, BRIEFING_BUNDLE_ERROR_SYNTAX, _("unknown escape in a string"));
        }
    }

  return fail (c, start, BRIEFING_BUNDLE_ERROR_SYNTAX, _("string is not closed"));
}

static gboolean
check_number (Checker *c)
{
  const char *start = c->p;
  gboolean integer = TRUE;
  guint64 value = 0;
  gboolean overflow = FALSE;

  if (*c->p == '-')
    c->p++;

  if (c->p < c->end && *c->p == '0')
    c->p++;
  else if (c->p < c->end && *c->p >= '1' && *c->p <= '9')
    {
      for (; c->p < c->end && g_ascii_isdigit (*c->p); c->p++)
        {
          if (value > (G_MAXUINT64 - 9) / 10)
            overflow = TRUE;
          else
            value = value * 10 + (*c->p - '0');
        }
    }
  else
    return fail_unexpected (c, _("a digit"));

  if (c->p < c->end && *c->p == '.')
    {
      integer = FALSE;
      c->p++;
      if (c->p >= c->end || !g_ascii_isdigit (*c->p))
        return fail_unexpected (c, _("a digit"));
      while (c->p < c->end && g_ascii_isdigit (*c->p))
        c->p++;
    }

  if (c->p < c->end && (*c->p == 'e' || *c->p == 'E'))
    {
      integer = FALSE;
      c->p++;
      if (c->p < c->end && (*c->p == '+' || *c->p == '-'))
        c->p++;
      if (c->p >= c->end || !g_ascii_isdigit (*c->p))
        return fail_unexpected (c, _("a digit"));
      while (c->p < c->end && g_ascii_isdigit (*c->p))
        c->p++;
    }

  if (integer)
    {
      if (overflow || value > MAX_SAFE_INTEGER)
        return fail (c, start, BRIEFING_BUNDLE_ERROR_NUMBER_RANGE,
                     _("integer too large (the limit is ±2^53)"));
    }
  else
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      gsize n = MIN ((gsize) (c->p - start), sizeof buf - 1);
      double d;

      memcpy (buf, start, n);
      buf[n] = '\0';
      d = g_ascii_strtod (buf, NULL);
      if (!isfinite (d) || (gsize) (c->p - start) >= sizeof buf)
        return fail (c, start, BRIEFING_BUNDLE_ERROR_NUMBER_RANGE, _("number out of range"));
    }

  return TRUE;
}

static gboolean
check_literal (Checker    *c,
               const char *word)
{
  gsize n = strlen (word);

  if ((gsize) (c->end - c->p) < n || memcmp (c->p, word, n) != 0)
    return fail_unexpected (c, _("a value"));

  c->p += n;
  return TRUE;
}

static gboolean check_value (Checker *c);

static gboolean
remember_key (Checker    *c,
              const char *key_at,
              const char *key,
              gsize       len)
{
  GArray *keys = c->keys[c->depth];

  /* Objects are small in a bundle; a linear search is cheaper than hashing every key. */
  for (guint i = 0; i < keys->len; i++)
    {
      const Key *k = &g_array_index (keys, Key, i);

      if (k->len == len && memcmp (k->key, key, len) == 0)
        {
          g_autofree char *name = g_strndup (key, len);
          g_autofree char *msg = NULL;

          /* Translators: %s is a member name in a JSON object */
          msg = g_strdup_printf (_("member “%s” appears twice in this object"), name);
          return fail (c, key_at, BRIEFING_BUNDLE_ERROR_DUPLICATE_MEMBER, msg);
        }
    }

  g_array_append_val (keys, ((Key) { key, len }));
  return TRUE;
}

static gboolean
check_object (Checker *c)
{
  GArray *keys;
  GHashTable *big = NULL;
  gboolean ok = FALSE;

  c->p++;
  skip_ws (c);
  if (c->p < c->end && *c->p == '}')
    {
      c->p++;
      return TRUE;
    }

  keys = c->keys[c->depth];
  g_array_set_size (keys, 0);

  for (;;)
    {
      const char *key_at = c->p, *key;
      gboolean has_escapes;
      gsize len;

      if (c->p >= c->end || *c->p != '"')
        {
          fail_unexpected (c, _("a member name in quotes"));
          break;
        }

      if (!check_string (c, &has_escapes, NULL))
        break;
      key = key_at + 1;
      len = c->p - key_at - 2;

      /* Only keys with escapes need decoding; most are compared as they stand. */
      if (has_escapes)
        {
          GString *decoded = g_string_new (NULL);

          c->p = key_at;
          check_string (c, &has_escapes, decoded);
          len = decoded->len;
          key = g_string_free (decoded, FALSE);
          g_ptr_array_add (c->decoded, (gpointer) key);
        }

      if (big != NULL)
        {
          if (!g_hash_table_add (big, g_strndup (key, len)))
            {
              g_autofree char *name = g_strndup (key, len);
              g_autofree char *msg = g_strdup_printf (_("member “%s” appears twice in this object"),
                                                      name);

              fail (c, key_at, BRIEFING_BUNDLE_ERROR_DUPLICATE_MEMBER, msg);
              break;
            }
        }
      else
        {
          if (!remember_key (c, key_at, key, len))
            break;
          if (keys->len > LINEAR_KEY_LIMIT)
            {
              big = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              for (guint i = 0; i < keys->len; i++)
                {
                  const Key *k = &g_array_index (keys, Key, i);

                  g_hash_table_add (big, g_strndup (k->key, k->len));
                }
            }
        }

      skip_ws (c);
      if (c->p >= c->end || *c->p != ':')
        {
          fail_unexpected (c, _("“:” after the member name"));
          break;
        }
      c->p++;
      skip_ws (c);

      c->parts[c->depth] = (Part) { key, len, 0, FALSE, TRUE };
      if (!check_value (c))
        break;
      c->parts[c->depth].active = FALSE;
      if (c->checked != NULL && c->depth <= 2)
        c->checked (c->p - c->data, c->checked_data);

      skip_ws (c);
      if (c->p < c->end && *c->p == ',')
        {
          c->p++;
          skip_ws (c);
          continue;
        }
      if (c->p < c->end && *c->p == '}')
        {
          c->p++;
          ok = TRUE;
          break;
        }
      fail_unexpected (c, _("“,” or “}”"));
      break;
    }

  g_clear_pointer (&big, g_hash_table_unref);
  return ok;
}

static gboolean
check_array (Checker *c)
{
  guint index = 0;

  c->p++;
  skip_ws (c);
  if (c->p < c->end && *c->p == ']')
    {
      c->p++;
      return TRUE;
    }

  for (;;)
    {
      c->parts[c->depth] = (Part) { NULL, 0, index++, TRUE, TRUE };
      if (!check_value (c))
        return FALSE;
      c->parts[c->depth].active = FALSE;
      if (c->checked != NULL && c->depth <= 2)
        c->checked (c->p - c->data, c->checked_data);

      skip_ws (c);
      if (c->p < c->end && *c->p == ',')
        {
          c->p++;
          skip_ws (c);
          continue;
        }
      if (c->p < c->end && *c->p == ']')
        {
          c->p++;
          return TRUE;
        }
      return fail_unexpected (c, _("“,” or “]”"));
    }
}

static gboolean
check_value (Checker *c)
{
  gboolean has_escapes, ok;

  if (c->p >= c->end)
    return fail_unexpected (c, _("a value"));

  if (++c->n_values > c->max_values)
    {
      g_autofree char *size = g_format_size (c->end - c->data);
      g_autofree char *msg = NULL;

      /* Translators: %s is a size such as "15 MB", %zu a number of values */
      msg = g_strdup_printf (_("too many values for a file of %s (more than %zu): this is not a file "
                               "Briefing reads"), size, c->max_values);
      return fail (c, c->p, BRIEFING_BUNDLE_ERROR_TOO_LARGE, msg);
    }

  switch (*c->p)
    {
    case '{':
    case '[':
      if (c->depth >= c->max_depth)
        {
          g_autofree char *msg = NULL;

          /* Translators: %u is the limit, a number such as 64 */
          msg = g_strdup_printf (_("nested deeper than %u levels"), c->max_depth);
          return fail (c, c->p, BRIEFING_BUNDLE_ERROR_TOO_DEEP, msg);
        }
      c->depth++;
      ok = *c->p == '{' ? check_object (c) : check_array (c);
      c->depth--;
      return ok;

    case '"':
      return check_string (c, &has_escapes, NULL);

    case 't':
      return check_literal (c, "true");
    case 'f':
      return check_literal (c, "false");
    case 'n':
      return check_literal (c, "null");

    default:
      if (*c->p == '-' || g_ascii_isdigit (*c->p))
        return check_number (c);
      return fail_unexpected (c, _("a value"));
    }
}

/* Checks the structure of @length bytes of valid UTF-8; stores where it failed in @fail_offset. */
static BriefingProblem *
check_structure (const char             *data,
                 gsize                   length,
                 guint                   max_depth,
                 BriefingJsonCheckedFunc checked,
                 gpointer                checked_data,
                 gsize                  *fail_offset)
{
  Checker c = { 0 };

  c.data = c.p = data;
  c.end = data + length;
  c.max_depth = MIN (max_depth, BRIEFING_JSON_MAX_DEPTH);
  c.checked = checked;
  c.checked_data = checked_data;
  /* json-glib spends some 130 bytes on a value: a file of little more than commas ("[0,0,0…")
   * would take 65 times its size. Real files hold 40 to 200 bytes per value. */
  c.max_values = length / BRIEFING_JSON_MIN_BYTES_PER_VALUE + BRIEFING_JSON_FREE_VALUES;

  /* A byte order mark is not JSON; say so rather than "unexpected character". */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      fail (&c, data, BRIEFING_BUNDLE_ERROR_ENCODING, _("the file starts with a byte order mark"));
      *fail_offset = 0;
      return c.problem;
    }

  skip_ws (&c);
  if (c.p >= c.end)
    {
      *fail_offset = length;
      return briefing_problem_new (BRIEFING_PROBLEM_ERROR, BRIEFING_BUNDLE_ERROR_EMPTY, "", 0, 0,
                                   _("the file is empty"));
    }

  for (guint i = 0; i <= c.max_depth; i++)
    c.keys[i] = g_array_new (FALSE, FALSE, sizeof (Key));
  c.decoded = g_ptr_array_new_with_free_func (g_free);

  if (check_value (&c))
    {
      skip_ws (&c);
      if (c.p < c.end)
        fail (&c, c.p, BRIEFING_BUNDLE_ERROR_SYNTAX, _("unexpected text after the end of the document"));
    }
  *fail_offset = c.p - data;

  for (guint i = 0; i <= c.max_depth; i++)
    g_array_unref (c.keys[i]);
  g_ptr_array_unref (c.decoded);

  return c.problem;
}

/* JSON text in UTF-16 or UTF-32, told by its byte order mark or, as RFC 4627 did, by the zero
 * bytes around its first character (which is ASCII in JSON); else NULL. */
static const char *
detect_wide_encoding (const guchar *p,
                      gsize         length)
{
  if (length >= 4 && ((p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) ||
                      (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) ||
                      (p[0] == 0 && p[1] == 0 && p[2] == 0 && p[3] != 0) ||
                      (p[0] != 0 && p[1] == 0 && p[2] == 0 && p[3] == 0)))
    return "UTF-32";
  if ((length >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) ||
      (length >= 4 && ((p[0] == 0 && p[1] != 0 && p[2] == 0 && p[3] != 0) ||
                       (p[0] != 0 && p[1] == 0 && p[2] != 0 && p[3] == 0))))
    return "UTF-16";
  return NULL;
}

BriefingProblem *
briefing_json_check (const char *data,
                     gsize       length,
                     guint       max_depth)
{
  return briefing_json_check_full (data, length, max_depth, NULL, NULL);
}

BriefingProblem *
briefing_json_check_full (const char             *data,
                          gsize                   length,
                          guint                   max_depth,
                          BriefingJsonCheckedFunc checked,
                          gpointer                checked_data)
{
  const char *bad, *encoding;
  gsize fail_offset;
  g_autoptr(BriefingProblem) before = NULL;
  guint line, column;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if ((encoding = detect_wide_encoding ((const guchar *) data, length)) != NULL)
    {
      /* Translators: %s is an encoding such as "UTF-16" */
      g_autofree char *msg = g_strdup_printf (_("the file is %s text, not UTF-8: save it as UTF-8"), encoding);

      return briefing_problem_new (BRIEFING_PROBLEM_ERROR, BRIEFING_BUNDLE_ERROR_ENCODING, "", 1, 1, msg);
    }

  if (g_utf8_validate_len (data, length, &bad))
    return check_structure (data, length, max_depth, checked, checked_data, &fail_offset);

  /* The text before a bad byte is checked on its own: an earlier problem is reported first, and
   * otherwise it tells the JSON path the bad byte sits in. */
  before = check_structure (data, bad - data, max_depth, checked, checked_data, &fail_offset);
  if (before != NULL && fail_offset < (gsize) (bad - data))
    return g_steal_pointer (&before);

  briefing_json_position (data, length, bad - data, &line, &column);
  return briefing_problem_new (BRIEFING_PROBLEM_ERROR, BRIEFING_BUNDLE_ERROR_ENCODING,
                               before != NULL ? before->path : "", line, column,
                               *bad == '\0' ? _("NUL byte in the file")
                                             : _("invalid UTF-8 (the file must be UTF-8 text)"));
}

void
briefing_json_position (const char *data,
                        gsize       length,
                        gsize       offset,
                        guint      *line,
                        guint      *column)
{
  const char *p = data, *end = data + MIN (offset, length), *line_start = data;
  guint n = 1;

  while (p < end && (p = memchr (p, '\n', end - p)) != NULL)
    {
      n++;
      line_start = ++p;
    }

  *line = n;
  /* Count characters, not bytes; stop early on invalid UTF-8 so a bad byte is still located. */
  *column = 1;
  for (const char *q = line_start; q < end; (*column)++)
    {
      gunichar ch = g_utf8_get_char_validated (q, end - q);

      q = (ch == (gunichar) -1 || ch == (gunichar) -2) ? q + 1 : g_utf8_next_char (q);
    }
}

/* The locator runs on JSON that json_check() accepted, so it needs no error handling. */

typedef struct
{
  const char           *data;
  const char           *p;
  const char           *end;
  BriefingJsonLocation *locations;
} Locator;

/* Past a string; @p is after its opening quote. Nothing is decoded or checked. */
static const char *
skip_string (const char *p,
             const char *end)
{
  for (;;)
    {
      const char *quote = memchr (p, '"', end - p);
      const char *run;

      if (quote == NULL)
        return NULL;
      /* The quote ends the string unless an odd number of backslashes escapes it. */
      for (run = quote; run > p && run[-1] == '\\'; run--)
        ;
      p = quote + 1;
      if ((quote - run) % 2 == 0)
        return p;
    }
}

const char *
briefing_json_skip_value (const char *p,
                          const char *end)
{
  gsize depth = 0;

  do
    {
      if (p >= end)
        return NULL;
      switch (*p++)
        {
        case '"':
          if ((p = skip_string (p, end)) == NULL)
            return NULL;
          break;
        case '{':
        case '[':
          depth++;
          break;
        case '}':
        case ']':
          if (depth == 0)
            return NULL;
          depth--;
          break;
        default:
          /* A number or a word alone; inside a container, anything else goes byte by byte. */
          if (depth == 0)
            {
              while (p < end && strchr (",]} \n\r\t", *p) == NULL)
                p++;
              return p;
            }
          break;
        }
    }
  while (depth > 0);
  return p;
}

static inline void
locator_skip_ws (Locator *l)
{
  l->p = briefing_json_skip_space (l->p, l->end);
}

/* Decodes the member name at l->p (its opening quote) and moves past it. */
static char *
read_key (Locator *l)
{
  Checker c = { 0 };
  gboolean has_escapes;
  GString *s = g_string_new (NULL);

  c.data = l->data;
  c.p = l->p;
  c.end = l->end;
  check_string (&c, &has_escapes, s);
  l->p = c.p;

  return g_string_free (s, FALSE);
}

static void
locate_in (Locator *l,
           guint    depth,
           GArray  *candidates)
{
  gboolean is_object = *l->p == '{';
  guint index = 0;

  l->p++;
  locator_skip_ws (l);

  while (l->p < l->end && *l->p != '}' && *l->p != ']')
    {
      g_autofree char *key = NULL;
      char index_part[32];
      const char *part;
      g_autoptr(GArray) deeper = g_array_new (FALSE, FALSE, sizeof (guint));

      if (is_object)
        {
          key = read_key (l);
          locator_skip_ws (l);
          l->p++; /* ':' */
          locator_skip_ws (l);
          part = key;
        }
      else
        {
          g_snprintf (index_part, sizeof index_part, "[%u]", index++);
          part = index_part;
        }

      for (guint i = 0; i < candidates->len; i++)
        {
          guint k = g_array_index (candidates, guint, i);
          BriefingJsonLocation *loc = &l->locations[k];

          if (strcmp (loc->parts[depth], part) != 0)
            continue;
          if (loc->n_parts == depth + 1)
            briefing_json_position (l->data, l->end - l->data, l->p - l->data, &loc->line,
                                    &loc->column);
          else
            g_array_append_val (deeper, k);
        }

      if (deeper->len > 0 && (*l->p == '{' || *l->p == '['))
        locate_in (l, depth + 1, deeper);
      else
        {
          /* The text is valid: a value always ends before the end. */
          const char *after = briefing_json_skip_value (l->p, l->end);

          l->p = after != NULL ? after : l->end;
        }

      locator_skip_ws (l);
      if (*l->p == ',')
        {
          l->p++;
          locator_skip_ws (l);
        }
    }

  l->p++;
}

void
briefing_json_locate (const char           *data,
                      gsize                 length,
                      BriefingJsonLocation *locations,
                      guint                 n_locations)
{
  Locator l = { data, data, data + length, locations };
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n_locations; i++)
    {
      locations[i].line = locations[i].column = 0;
      if (locations[i].n_parts == 0)
        {
          locator_skip_ws (&l);
          briefing_json_position (data, length, l.p - data, &locations[i].line,
                                  &locations[i].column);
        }
      else
        g_array_append_val (candidates, i);
    }

  locator_skip_ws (&l);
  if (candidates->len > 0 && l.p < l.end && (*l.p == '{' || *l.p == '['))
    locate_in (&l, 0, candidates);
}
