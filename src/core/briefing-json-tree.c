/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-json-tree"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "briefing-json-scan.h"
#include "briefing-json-tree.h"
#include "briefing-util-private.h"

/* The text was checked (briefing_json_check), so the builder does not report errors; it still
 * never reads past the end and gives up with NULL on anything it did not expect. */
typedef struct
{
  const char *p;
  const char *end;
  GString    *scratch;    /* the text of the string being read */
  guint       depth;
  gsize       n_values;
  gsize       max_values; /* as briefing_json_check() counts them */
} Builder;

static void
skip_space (Builder *b)
{
  b->p = briefing_json_skip_space (b->p, b->end);
}

static gboolean
read_hex4 (Builder  *b,
           gunichar *value)
{
  *value = 0;
  if (b->end - b->p < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int v = briefing_json_hex_value (b->p[i]);

      if (v < 0)
        return FALSE;
      *value = (*value << 4) | (gunichar) v;
    }
  b->p += 4;
  return TRUE;
}

/* A string's text into b->scratch; b->p is after the opening quote, and ends after the closing. */
static gboolean
read_string (Builder *b)
{
  const char *quote = NULL;

  g_string_truncate (b->scratch, 0);
  while (b->p < b->end)
    {
      const char *run = b->p;
      const char *backslash;

      /* Most strings have no escape: one search for each of the two characters, with memchr.
       * The quote is searched for again only once an escape has passed it (\"), so that a
       * string of many escapes is still read in one pass. */
      if (quote == NULL || quote < b->p)
        quote = memchr (b->p, '"', b->end - b->p);
      if (quote == NULL)
        return FALSE;
      backslash = memchr (b->p, '\\', quote - b->p);
      b->p = backslash != NULL ? backslash : quote;
      g_string_append_len (b->scratch, run, b->p - run);
      if (b->p >= b->end)
        return FALSE;
      if (*b->p++ == '"')
        return TRUE;

      if (b->p >= b->end)
        return FALSE;
      switch (*b->p++)
        {
        case '"': g_string_append_c (b->scratch, '"'); break;
        case '\\': g_string_append_c (b->scratch, '\\'); break;
        case '/': g_string_append_c (b->scratch, '/'); break;
        case 'b': g_string_append_c (b->scratch, '\b'); break;
        case 'f': g_string_append_c (b->scratch, '\f'); break;
        case 'n': g_string_append_c (b->scratch, '\n'); break;
        case 'r': g_string_append_c (b->scratch, '\r'); break;
        case 't': g_string_append_c (b->scratch, '\t'); break;
        case 'u':
          {
            gunichar c, low;

            if (!read_hex4 (b, &c))
              return FALSE;
            /* A surrogate pair is one character; the check refused a lone surrogate. */
            if (c >= 0xd800 && c < 0xdc00)
              {
                if (b->end - b->p < 2 || b->p[0] != '\\' || b->p[1] != 'u')
                  return FALSE;
                b->p += 2;
                if (!read_hex4 (b, &low) || low < 0xdc00 || low >= 0xe000)
                  return FALSE;
                c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
              }
            else if (c >= 0xdc00 && c < 0xe000)
              return FALSE;
            if (c == 0)
              return FALSE;
            g_string_append_unichar (b->scratch, c);
          }
          break;
        default:
          return FALSE;
        }
    }
  return FALSE;
}

static JsonNode *
read_number (Builder *b)
{
  const char *start = b->p;
  gboolean is_integer = TRUE;
  char buffer[64];
  g_autofree char *long_text = NULL;
  const char *text = buffer;
  gsize n;
  char *rest;

  if (b->p < b->end && *b->p == '-')
    b->p++;
  if (b->p >= b->end || *b->p < '0' || *b->p > '9')
    return NULL;
  while (b->p < b->end && ((*b->p >= '0' && *b->p <= '9') || *b->p == '.' || *b->p == 'e' ||
                           *b->p == 'E' || *b->p == '+' || *b->p == '-'))
    {
      if (*b->p == '.' || *b->p == 'e' || *b->p == 'E')
        is_integer = FALSE;
      b->p++;
    }

  /* strtod needs the number alone; a long one (many digits after the point) on the heap. */
  n = b->p - start;
  if (n < sizeof buffer)
    {
      memcpy (buffer, start, n);
      buffer[n] = '\0';
    }
  else
    text = long_text = g_strndup (start, n);

  if (is_integer)
    {
      gint64 value = g_ascii_strtoll (text, &rest, 10);

      return *rest == '\0' ? json_node_init_int (json_node_alloc (), value) : NULL;
    }
  else
    {
      double value = g_ascii_strtod (text, &rest);

      return *rest == '\0' ? json_node_init_double (json_node_alloc (), value) : NULL;
    }
}

static gboolean
read_word (Builder    *b,
           const char *word)
{
  gsize n = strlen (word);

  if ((gsize) (b->end - b->p) < n || memcmp (b->p, word, n) != 0)
    return FALSE;
  b->p += n;
  return TRUE;
}

static JsonNode *read_value (Builder *b);

static JsonNode *
read_object (Builder *b)
{
  g_autoptr(JsonObject) object = json_object_new ();

  skip_space (b);
  if (b->p < b->end && *b->p == '}')
    {
      b->p++;
      return json_node_init_object (json_node_alloc (), object);
    }
  for (;;)
    {
      /* The value's strings reuse the scratch: the name waits here, on the stack when short. */
      char short_name[64];
      g_autofree char *long_name = NULL;
      const char *name = short_name;
      JsonNode *member;

      skip_space (b);
      if (b->p >= b->end || *b->p++ != '"' || !read_string (b))
        return NULL;
      if (b->scratch->len < sizeof short_name)
        memcpy (short_name, b->scratch->str, b->scratch->len + 1);
      else
        name = long_name = g_strndup (b->scratch->str, b->scratch->len);
      skip_space (b);
      if (b->p >= b->end || *b->p++ != ':')
        return NULL;
      if ((member = read_value (b)) == NULL)
        return NULL;
      json_object_set_member (object, name, member);

      skip_space (b);
      if (b->p >= b->end)
        return NULL;
      if (*b->p == '}')
        {
          b->p++;
          return json_node_init_object (json_node_alloc (), object);
        }
      if (*b->p++ != ',')
        return NULL;
    }
}

static JsonNode *
read_array (Builder *b)
{
  g_autoptr(JsonArray) array = json_array_new ();

  skip_space (b);
  if (b->p < b->end && *b->p == ']')
    {
      b->p++;
      return json_node_init_array (json_node_alloc (), array);
    }
  for (;;)
    {
      JsonNode *element = read_value (b);

      if (element == NULL)
        return NULL;
      json_array_add_element (array, element);

      skip_space (b);
      if (b->p >= b->end)
        return NULL;
      if (*b->p == ']')
        {
          b->p++;
          return json_node_init_array (json_node_alloc (), array);
        }
      if (*b->p++ != ',')
        return NULL;
    }
}

static JsonNode *
read_value (Builder *b)
{
  JsonNode *node = NULL;

  skip_space (b);
  if (b->p >= b->end)
    return NULL;

  /* The same bound on values as the check's, so that a text it would refuse as too many values
   * for its size costs no more memory here. */
  if (++b->n_values > b->max_values)
    return NULL;

  switch (*b->p)
    {
    case '{':
    case '[':
      /* The check bounds the depth; this bound only keeps a text it did not see from using up
       * the stack. */
      if (b->depth >= BRIEFING_JSON_MAX_DEPTH + 1)
        return NULL;
      b->depth++;
      node = *b->p++ == '{' ? read_object (b) : read_array (b);
      b->depth--;
      return node;
    case '"':
      b->p++;
      if (!read_string (b))
        return NULL;
      node = json_node_alloc ();
      /* The check refused NUL bytes, so the text has none that would cut it short. */
      return json_node_init_string (node, b->scratch->str);
    case 't':
      return read_word (b, "true") ? json_node_init_boolean (json_node_alloc (), TRUE) : NULL;
    case 'f':
      return read_word (b, "false") ? json_node_init_boolean (json_node_alloc (), FALSE) : NULL;
    case 'n':
      return read_word (b, "null") ? json_node_init_null (json_node_alloc ()) : NULL;
    default:
      return read_number (b);
    }
}

JsonNode *
briefing_json_tree_build (const char *data,
                          gsize       length)
{
  Builder b = {
    data, data + length, g_string_sized_new (256), 0,
    0, length / BRIEFING_JSON_MIN_BYTES_PER_VALUE + BRIEFING_JSON_FREE_VALUES,
  };
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  root = read_value (&b);
  g_string_free (b.scratch, TRUE);
  if (root == NULL)
    return NULL;
  skip_space (&b);
  if (b.p != b.end)
    {
      json_node_unref (root);
      return NULL;
    }
  return root;
}

JsonNode *
briefing_json_tree_check_and_build (const char       *data,
                                    gsize             length,
                                    BriefingProblem **problem)
{
  g_return_val_if_fail (problem != NULL && *problem == NULL, NULL);

  if ((*problem = briefing_json_check (data, length, BRIEFING_JSON_MAX_DEPTH)) != NULL)
    return NULL;
  return briefing_json_tree_build (data, length);
}

/* A document read while it is checked */

/* An element of an array of the top-level object: where it is in the text. */
typedef struct
{
  gsize start;
  gsize end;
} Span;

struct _BriefingJsonDocument
{
  const char      *data;
  gsize            length;
  GThread         *thread;
  GMutex           lock;
  GCond            cond;
  gsize            checked;     /* atomic: see BriefingJsonCheckedFunc */
  gint             waiting;     /* atomic: a reader waits on @cond for @checked to move */
  gboolean         done;        /* under @lock: the check has ended */
  BriefingProblem *problem;     /* the check's, once @done */

  JsonNode        *root;
  gsize            root_end;    /* the top-level object's own members end before this */
  gboolean         whole;       /* the root is no object: it is built whole, once checked */
  GHashTable      *arrays;      /* member name → GArray of Span, the elements left out of @root */
};

/* The check tells of every value it accepts at the top two levels — fifteen million for some
 * hostile texts — so it only stores how far it has come, and takes the lock to wake the reader
 * only when the reader is waiting. Both sides store, then load the other's word, with
 * sequentially consistent atomics: either the check sees the reader waiting and wakes it, or the
 * reader sees the new offset and does not wait. */
static void
document_checked (gsize    offset,
                  gpointer user_data)
{
  BriefingJsonDocument *doc = user_data;

  g_atomic_pointer_set (&doc->checked, offset);
  if (g_atomic_int_get (&doc->waiting))
    {
      g_mutex_lock (&doc->lock);
      g_cond_broadcast (&doc->cond);
      g_mutex_unlock (&doc->lock);
    }
}

static gpointer
document_check_thread (gpointer user_data)
{
  BriefingJsonDocument *doc = user_data;
  BriefingProblem *problem;

  problem = briefing_json_check_full (doc->data, doc->length, BRIEFING_JSON_MAX_DEPTH, document_checked, doc);

  g_mutex_lock (&doc->lock);
  doc->problem = problem;
  if (problem == NULL)
    g_atomic_pointer_set (&doc->checked, doc->length);
  doc->done = TRUE;
  g_cond_broadcast (&doc->cond);
  g_mutex_unlock (&doc->lock);
  return NULL;
}

/* Waits until the check has accepted the bytes before @offset; FALSE when it refused the text
 * before that. */
static gboolean
document_wait (BriefingJsonDocument *doc,
               gsize                 offset)
{
  gboolean ok;

  if ((gsize) g_atomic_pointer_get (&doc->checked) >= offset)
    return TRUE;

  g_mutex_lock (&doc->lock);
  g_atomic_int_set (&doc->waiting, TRUE);
  while (!doc->done && (gsize) g_atomic_pointer_get (&doc->checked) < offset)
    g_cond_wait (&doc->cond, &doc->lock);
  g_atomic_int_set (&doc->waiting, FALSE);
  ok = (gsize) g_atomic_pointer_get (&doc->checked) >= offset;
  g_mutex_unlock (&doc->lock);
  return ok;
}

/* The elements of the array at b->p (after its '['), as spans: no more than the check allows
 * values, so that a hostile array of tens of millions of zeros is noted no further than the check
 * reads it before it says no. (The elements before a problem stay readable: a reader may take
 * them while the check is still on its way.) */
static gboolean
skip_elements (Builder    *b,
               const char *data,
               GArray     *spans)
{
  skip_space (b);
  if (b->p < b->end && *b->p == ']')
    {
      b->p++;
      return TRUE;
    }
  for (;;)
    {
      Span span = { 0 };

      if (++b->n_values > b->max_values)
        return FALSE;
      skip_space (b);
      span.start = b->p - data;
      if ((b->p = briefing_json_skip_value (b->p, b->end)) == NULL)
        return FALSE;
      span.end = b->p - data;
      g_array_append_val (spans, span);

      skip_space (b);
      if (b->p >= b->end)
        return FALSE;
      if (*b->p == ']')
        {
          b->p++;
          return TRUE;
        }
      if (*b->p++ != ',')
        return FALSE;
    }
}

/* The top-level object with its arrays left empty, and where their elements are; FALSE (and
 * nothing kept) when the text is not an object as far as this can tell. The text is not checked
 * yet: nothing read here is used before the check has accepted it. */
static gboolean
read_top_level (BriefingJsonDocument *doc)
{
  Builder b = {
    doc->data, doc->data + doc->length, g_string_sized_new (256), 1,
    0, doc->length / BRIEFING_JSON_MIN_BYTES_PER_VALUE + BRIEFING_JSON_FREE_VALUES,
  };
  g_autoptr(JsonObject) object = json_object_new ();
  gboolean ok = FALSE;

  skip_space (&b);
  if (b.p >= b.end || *b.p++ != '{')
    goto out;
  skip_space (&b);
  if (b.p < b.end && *b.p == '}')
    {
      b.p++;
      ok = TRUE;
      goto out;
    }
  for (;;)
    {
      g_autofree char *name = NULL;
      JsonNode *member;

      skip_space (&b);
      if (b.p >= b.end || *b.p++ != '"' || !read_string (&b))
        goto out;
      /* A name is used as a key before the check reaches it: it must be text already. */
      if (!g_utf8_validate_len (b.scratch->str, b.scratch->len, NULL))
        goto out;
      name = g_strndup (b.scratch->str, b.scratch->len);
      skip_space (&b);
      if (b.p >= b.end || *b.p++ != ':')
        goto out;
      skip_space (&b);

      if (b.p < b.end && *b.p == '[')
        {
          GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));
          JsonArray *empty;

          b.p++;
          g_hash_table_replace (doc->arrays, g_strdup (name), spans);
          if (!skip_elements (&b, doc->data, spans))
            goto out;
          empty = json_array_new ();
          member = json_node_init_array (json_node_alloc (), empty);
          json_array_unref (empty);
        }
      else
        {
          if ((member = read_value (&b)) == NULL)
            goto out;
          doc->root_end = b.p - doc->data;
        }
      json_object_set_member (object, name, member);

      skip_space (&b);
      if (b.p >= b.end)
        goto out;
      if (*b.p == '}')
        {
          b.p++;
          break;
        }
      if (*b.p++ != ',')
        goto out;
    }
  skip_space (&b);
  ok = b.p == b.end;

out:
  g_string_free (b.scratch, TRUE);
  if (ok)
    doc->root = json_node_init_object (json_node_alloc (), object);
  else
    g_hash_table_remove_all (doc->arrays);
  return ok;
}

BriefingJsonDocument *
briefing_json_document_open (const char *data,
                             gsize       length)
{
  BriefingJsonDocument *doc = g_new0 (BriefingJsonDocument, 1);

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  doc->data = data;
  doc->length = length;
  g_mutex_init (&doc->lock);
  g_cond_init (&doc->cond);
  doc->arrays = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);

  /* Below a few hundred kilobytes a thread costs more than it saves: the check comes first. */
  if (length < 256 * 1024)
    document_check_thread (doc);
  else
    doc->thread = g_thread_new ("briefing-check", document_check_thread, doc);

  doc->whole = !read_top_level (doc);
  return doc;
}

JsonNode *
briefing_json_document_get_root (BriefingJsonDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  if (doc->whole)
    {
      if (doc->root == NULL && document_wait (doc, doc->length))
        doc->root = briefing_json_tree_build (doc->data, doc->length);
      return doc->root;
    }
  return document_wait (doc, doc->root_end) ? doc->root : NULL;
}

gssize
briefing_json_document_get_n_elements (BriefingJsonDocument *doc,
                                       const char           *member)
{
  GArray *spans;

  g_return_val_if_fail (doc != NULL && member != NULL, -1);

  spans = g_hash_table_lookup (doc->arrays, member);
  return spans != NULL ? (gssize) spans->len : -1;
}

JsonNode *
briefing_json_document_get_element (BriefingJsonDocument *doc,
                                    const char           *member,
                                    guint                 index)
{
  GArray *spans;
  const Span *span;

  g_return_val_if_fail (doc != NULL && member != NULL, NULL);

  spans = g_hash_table_lookup (doc->arrays, member);
  g_return_val_if_fail (spans != NULL && index < spans->len, NULL);

  span = &g_array_index (spans, Span, index);
  if (!document_wait (doc, span->end))
    return NULL;
  return briefing_json_tree_build (doc->data + span->start, span->end - span->start);
}

BriefingProblem *
briefing_json_document_close (BriefingJsonDocument *doc)
{
  BriefingProblem *problem;

  g_return_val_if_fail (doc != NULL, NULL);

  if (doc->thread != NULL)
    g_thread_join (doc->thread);
  problem = doc->problem;

  g_clear_pointer (&doc->root, json_node_unref);
  g_hash_table_unref (doc->arrays);
  g_mutex_clear (&doc->lock);
  g_cond_clear (&doc->cond);
  g_free (doc);
  return problem;
}
