/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-reader-context"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "briefing-enums.h"
#include "briefing-json-scan.h"
#include "briefing-reader-context-private.h"

BriefingReadContext *
briefing_read_context_new (guint64       max_size,
                           guint         max_errors,
                           GCancellable *cancellable)
{
  BriefingReadContext *ctx = g_new0 (BriefingReadContext, 1);

  ctx->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_problem_free);
  ctx->locate = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  ctx->path = g_ptr_array_new_with_free_func (g_free);
  ctx->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  ctx->max_size = max_size;
  ctx->max_errors = MAX (max_errors, 1);

  return ctx;
}

void
briefing_read_context_free (BriefingReadContext *ctx)
{
  g_clear_object (&ctx->bundle);
  g_clear_pointer (&ctx->problems, g_ptr_array_unref);
  g_clear_pointer (&ctx->locate, g_ptr_array_unref);
  g_clear_pointer (&ctx->path, g_ptr_array_unref);
  g_clear_object (&ctx->cancellable);
  g_free (ctx);
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const BriefingProblem *pa = *(BriefingProblem **) a, *pb = *(BriefingProblem **) b;

  /* Problems without a place (size, I/O) come first; g_ptr_array_sort is stable. */
  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  if (pa->column != pb->column)
    return pa->column < pb->column ? -1 : 1;
  return 0;
}

void
briefing_read_context_finish (BriefingReadContext *ctx,
                              const char          *data,
                              gsize                length)
{
  g_autofree BriefingJsonLocation *locations = NULL;
  g_autofree guint *which = NULL;
  guint n = 0;

  locations = g_new0 (BriefingJsonLocation, ctx->problems->len);
  which = g_new0 (guint, ctx->problems->len);

  for (guint i = 0; i < ctx->problems->len; i++)
    {
      GStrv parts = ctx->locate->pdata[i];

      if (parts == NULL)
        continue;
      locations[n].parts = (const char * const *) parts;
      locations[n].n_parts = g_strv_length (parts);
      which[n++] = i;
    }

  if (n > 0)
    briefing_json_locate (data, length, locations, n);

  for (guint i = 0; i < n; i++)
    {
      BriefingProblem *problem = ctx->problems->pdata[which[i]];

      problem->line = locations[i].line;
      problem->column = locations[i].column;
    }

  g_ptr_array_set_size (ctx->locate, 0);
  g_ptr_array_sort (ctx->problems, compare_problems);

  /* "Stopped after N errors" sorts last by its line, but it has no place to print. */
  for (guint i = 0; i < ctx->problems->len; i++)
    {
      BriefingProblem *problem = ctx->problems->pdata[i];

      if (problem->code == BRIEFING_BUNDLE_ERROR_TOO_MANY_ERRORS)
        problem->line = problem->column = 0;
    }
}

void
briefing_read_context_set_error (BriefingReadContext  *ctx,
                                 GError              **error)
{
  BriefingProblem *first = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < ctx->problems->len && first == NULL; i++)
    if (((BriefingProblem *) ctx->problems->pdata[i])->severity == BRIEFING_PROBLEM_ERROR)
      first = ctx->problems->pdata[i];

  if (first == NULL)
    {
      g_set_error_literal (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_IO, _("the bundle could not be read"));
      return;
    }

  text = briefing_problem_format (first, NULL);
  if (ctx->n_errors > 1)
    g_set_error (error, BRIEFING_BUNDLE_ERROR, first->code,
                 /* Translators: %s is the first error message; %u counts the others */
                 g_dngettext (GETTEXT_PACKAGE, "%s (and %u more error)", "%s (and %u more errors)",
                              ctx->n_errors - 1),
                 text, ctx->n_errors - 1);
  else
    g_set_error_literal (error, BRIEFING_BUNDLE_ERROR, first->code, text);
}

/* The JSON path */

void
briefing_read_context_push (BriefingReadContext *ctx,
                            const char          *member)
{
  g_ptr_array_add (ctx->path, g_strdup (member));
}

void
briefing_read_context_push_index (BriefingReadContext *ctx,
                                  guint                index)
{
  /* "[N]", without printf: a bundle has hundreds of thousands of elements. */
  char digits[BRIEFING_DIGITS_MAX + 2], *end = digits + sizeof digits - 2;
  char *start = briefing_format_digits (end, index, 1);

  *--start = '[';
  end[0] = ']';
  end[1] = '\0';
  g_ptr_array_add (ctx->path, g_strdup (start));
}

void
briefing_read_context_pop (BriefingReadContext *ctx)
{
  g_assert (ctx->path->len > 0);
  g_ptr_array_set_size (ctx->path, ctx->path->len - 1);
}

/* A member name from the file as it is printed: the first 64 characters of a longer one. */
static void
append_name (GString    *s,
             const char *name)
{
  const char *cut = name;

  for (guint i = 0; i < 64 && *cut != '\0'; i++)
    cut = g_utf8_next_char (cut);
  g_string_append_len (s, name, cut - name);
  if (*cut != '\0')
    g_string_append (s, "…");
}

static char *
format_path (GPtrArray  *path,
             const char *extra)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i <= path->len; i++)
    {
      const char *part = i < path->len ? path->pdata[i] : extra;

      if (part == NULL)
        break;
      if (s->len > 0 && part[0] != '[')
        g_string_append_c (s, '.');
      append_name (s, part);
    }

  return g_string_free (s, FALSE);
}

/* Problems */

static void
add_problem (BriefingReadContext     *ctx,
             BriefingProblemSeverity  severity,
             BriefingBundleError      code,
             const char              *member,
             const char              *message)
{
  g_autofree char *path = NULL;
  GStrv parts;

  if (ctx->stopped)
    return;

  if (severity == BRIEFING_PROBLEM_WARNING)
    {
      if (ctx->n_warnings >= ctx->max_errors)
        return;
      ctx->n_warnings++;
    }

  path = format_path (ctx->path, member);
  parts = g_new0 (char *, ctx->path->len + 2);
  for (guint i = 0; i < ctx->path->len; i++)
    parts[i] = g_strdup (ctx->path->pdata[i]);
  if (member != NULL)
    parts[ctx->path->len] = g_strdup (member);

  g_ptr_array_add (ctx->problems, briefing_problem_new (severity, code, path, 0, 0, message));
  g_ptr_array_add (ctx->locate, parts);

  if (severity == BRIEFING_PROBLEM_ERROR && ++ctx->n_errors >= ctx->max_errors)
    {
      g_autofree char *msg = NULL;

      msg = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "stopped after %u error", "stopped after %u errors",
                                          ctx->n_errors),
                             ctx->n_errors);
      g_ptr_array_add (ctx->problems, briefing_problem_new (BRIEFING_PROBLEM_ERROR,
                                                            BRIEFING_BUNDLE_ERROR_TOO_MANY_ERRORS,
                                                            "", G_MAXUINT, 0, msg));
      g_ptr_array_add (ctx->locate, NULL);
      ctx->stopped = TRUE;
    }
}

void
briefing_read_context_take_problem (BriefingReadContext *ctx,
                                    BriefingProblem     *problem)
{
  g_ptr_array_add (ctx->problems, problem);
  g_ptr_array_add (ctx->locate, NULL);
  if (problem->severity == BRIEFING_PROBLEM_ERROR)
    ctx->n_errors++;
}

void
briefing_read_context_error (BriefingReadContext *ctx,
                             BriefingBundleError  code,
                             const char          *message)
{
  add_problem (ctx, BRIEFING_PROBLEM_ERROR, code, NULL, message);
}

void
briefing_read_context_errorf (BriefingReadContext *ctx,
                              BriefingBundleError  code,
                              const char          *format,
                              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  add_problem (ctx, BRIEFING_PROBLEM_ERROR, code, NULL, message);
}

void
briefing_read_context_warningf (BriefingReadContext *ctx,
                                BriefingBundleError  code,
                                const char          *format,
                                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  add_problem (ctx, BRIEFING_PROBLEM_WARNING, code, NULL, message);
}

void
briefing_read_context_member_error (BriefingReadContext *ctx,
                                    const char          *member,
                                    BriefingBundleError  code,
                                    const char          *message)
{
  add_problem (ctx, BRIEFING_PROBLEM_ERROR, code, member, message);
}

void
briefing_read_context_member_errorf (BriefingReadContext *ctx,
                                     const char          *member,
                                     BriefingBundleError  code,
                                     const char          *format,
                                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  add_problem (ctx, BRIEFING_PROBLEM_ERROR, code, member, message);
}

void
briefing_read_context_missing (BriefingReadContext *ctx,
                               const char          *member)
{
  briefing_read_context_errorf (ctx, BRIEFING_BUNDLE_ERROR_MISSING_MEMBER,
                                /* Translators: %s is a member name such as "title" */
                                _("missing member “%s”"), member);
}

/* Typed access */

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("a boolean");
    default:
      return _("a number");
    }
}

void
briefing_read_context_wrong_type (BriefingReadContext *ctx,
                                  const char          *member,
                                  JsonNode            *node,
                                  const char          *expected)
{
  g_autofree char *msg = NULL;

  /* Translators: "expected a string, found a number" */
  msg = g_strdup_printf (_("expected %s, found %s"), expected, describe_node (node));
  add_problem (ctx, BRIEFING_PROBLEM_ERROR, BRIEFING_BUNDLE_ERROR_WRONG_TYPE, member, msg);
}

JsonObject *
briefing_read_context_object (BriefingReadContext *ctx,
                              JsonNode            *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  briefing_read_context_wrong_type (ctx, NULL, node, _("an object"));
  return NULL;
}

static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diag = row[0];

      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint up = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diag + (a[i - 1] != b[j - 1]));
          diag = up;
        }
    }

  return row[lb];
}

void
briefing_read_context_check_members (BriefingReadContext *ctx,
                                     JsonObject          *object,
                                     const char * const  *allowed)
{
  /* In the file's order, so the first problems reported are the first in the file. */
  g_autoptr(GList) names = json_object_get_members (object);
  g_autoptr(GString) shown = g_string_new (NULL);

  for (const GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      const char *closest = NULL;
      guint best = 3;

      if (g_strv_contains (allowed, name))
        continue;

      for (guint i = 0; allowed[i] != NULL; i++)
        {
          gsize la = strlen (name), lb = strlen (allowed[i]);
          /* The distance is at least the difference of the lengths: skip names far apart. */
          guint d = (la > lb ? la - lb : lb - la) >= best ? best : edit_distance (name, allowed[i]);

          if (d < best)
            {
              best = d;
              closest = allowed[i];
            }
        }

      g_string_truncate (shown, 0);
      append_name (shown, name);
      if (closest != NULL)
        briefing_read_context_member_errorf (ctx, name, BRIEFING_BUNDLE_ERROR_UNKNOWN_MEMBER,
                                             /* Translators: both are member names */
                                             _("unknown member “%s” (did you mean “%s”?)"), shown->str, closest);
      else
        briefing_read_context_member_errorf (ctx, name, BRIEFING_BUNDLE_ERROR_UNKNOWN_MEMBER,
                                             /* Translators: %s is a member name */
                                             _("unknown member “%s”"), shown->str);
    }
}

/* The member's node, or NULL after reporting it missing when required. */
static JsonNode *
member_node (BriefingReadContext *ctx,
             JsonObject          *object,
             const char          *member,
             BriefingReadFlags    flags)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && (flags & BRIEFING_READ_REQUIRED))
    briefing_read_context_missing (ctx, member);

  return node;
}

/* Whether @value is short enough for what it is; reports it at @member when not. */
static gboolean
check_length (BriefingReadContext *ctx,
              const char          *member,
              const char          *value,
              BriefingReadFlags    flags)
{
  gsize bytes = strlen (value);

  if (bytes > BRIEFING_READ_MAX_STRING)
    {
      g_autofree char *size = g_format_size (bytes);
      g_autofree char *limit = g_format_size (BRIEFING_READ_MAX_STRING);

      briefing_read_context_member_errorf (ctx, member, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                           /* Translators: both are sizes such as "50 MB" */
                                           _("the text is too long (%s; the limit is %s)"), size, limit);
      return FALSE;
    }
  if ((flags & BRIEFING_READ_LABEL) && bytes > BRIEFING_READ_MAX_LABEL &&
      g_utf8_strlen (value, bytes) > BRIEFING_READ_MAX_LABEL)
    {
      briefing_read_context_member_errorf (ctx, member, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                           g_dngettext (GETTEXT_PACKAGE,
                                                        "is longer than %d character: a name, title or "
                                                        "headline is one line",
                                                        "is longer than %d characters: a name, title or "
                                                        "headline is one line", BRIEFING_READ_MAX_LABEL),
                                           BRIEFING_READ_MAX_LABEL);
      return FALSE;
    }
  return TRUE;
}

const char *
briefing_read_context_string (BriefingReadContext *ctx,
                              JsonObject          *object,
                              const char          *member,
                              BriefingReadFlags    flags)
{
  JsonNode *node = member_node (ctx, object, member, flags);
  const char *value;

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      briefing_read_context_wrong_type (ctx, member, node, _("a string"));
      return NULL;
    }

  value = json_node_get_string (node);
  if ((flags & BRIEFING_READ_NON_EMPTY) && value[0] == '\0')
    {
      briefing_read_context_member_error (ctx, member, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                          _("must not be empty"));
      return NULL;
    }
  if (!check_length (ctx, member, value, flags))
    return NULL;

  return value;
}

gboolean
briefing_read_context_int (BriefingReadContext *ctx,
                           JsonObject          *object,
                           const char          *member,
                           gint64               min,
                           gint64               max,
                           BriefingReadFlags    flags,
                           gint64              *value)
{
  JsonNode *node = member_node (ctx, object, member, flags);
  gint64 v;

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      briefing_read_context_wrong_type (ctx, member, node, _("an integer"));
      return FALSE;
    }

  v = json_node_get_int (node);
  if (v < min || v > max)
    {
      briefing_read_context_member_errorf (ctx, member, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                           /* Translators: "7 is out of range (1 to 6)" */
                                           _("%lld is out of range (%lld to %lld)"), (long long) v,
                                           (long long) min, (long long) max);
      return FALSE;
    }

  *value = v;
  return TRUE;
}

gboolean
briefing_read_context_enum (BriefingReadContext *ctx,
                            JsonObject          *object,
                            const char          *member,
                            GType                enum_type,
                            BriefingReadFlags    flags,
                            int                 *value)
{
  const char *nick = briefing_read_context_string (ctx, object, member, flags);
  g_autofree char *allowed = NULL;

  if (nick == NULL)
    return FALSE;
  if (briefing_enum_from_nick (enum_type, nick, value))
    return TRUE;

  allowed = briefing_enum_list_nicks (enum_type, -1);
  briefing_read_context_member_errorf (ctx, member, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                       /* Translators: the first %s is the text found, the second a list of allowed words */
                                       _("“%s” is not one of %s"), nick, allowed);
  return FALSE;
}

gboolean
briefing_read_context_date (BriefingReadContext *ctx,
                            JsonObject          *object,
                            const char          *member,
                            BriefingReadFlags    flags,
                            BriefingDate        *date)
{
  const char *text = briefing_read_context_string (ctx, object, member, flags);
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return FALSE;
  if (briefing_date_parse (text, date, &error))
    return TRUE;

  briefing_read_context_member_error (ctx, member, error->code, error->message);
  return FALSE;
}

gboolean
briefing_read_context_date_time (BriefingReadContext *ctx,
                                 JsonObject          *object,
                                 const char          *member,
                                 BriefingReadFlags    flags,
                                 BriefingDate        *date)
{
  const char *text = briefing_read_context_string (ctx, object, member, flags);
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return FALSE;
  if (briefing_date_parse_date_time (text, date, &error))
    return TRUE;

  briefing_read_context_member_error (ctx, member, error->code, error->message);
  return FALSE;
}

JsonArray *
briefing_read_context_array (BriefingReadContext *ctx,
                             JsonObject          *object,
                             const char          *member,
                             BriefingReadFlags    flags)
{
  JsonNode *node = member_node (ctx, object, member, flags);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      briefing_read_context_wrong_type (ctx, member, node, _("an array"));
      return NULL;
    }

  return json_node_get_array (node);
}

void
briefing_read_context_set_progress (BriefingReadContext *ctx,
                                    int                  permille)
{
  if (ctx->progress != NULL)
    g_atomic_int_set (ctx->progress, permille);
}

/* Reads @n items of the array @member, whose path is pushed: @get gives each (a new reference). */
static void
foreach_item (BriefingReadContext   *ctx,
              guint                  n,
              JsonNode            *(*get) (gpointer source, guint index),
              gpointer               source,
              BriefingReadObjectFunc func,
              gpointer               user_data)
{
  for (guint i = 0; i < n && !ctx->stopped; i++)
    {
      g_autoptr(JsonNode) node = NULL;
      JsonObject *item;

      if (g_cancellable_is_cancelled (ctx->cancellable))
        {
          ctx->stopped = TRUE;
          break;
        }
      /* An element of a document the check refused on the way: no more to read. */
      if ((node = get (source, i)) == NULL)
        {
          ctx->stopped = TRUE;
          break;
        }

      briefing_read_context_push_index (ctx, i);
      if ((item = briefing_read_context_object (ctx, node)) != NULL)
        func (ctx, item, user_data);
      briefing_read_context_pop (ctx);

      /* Items of the top-level collections make the last part of the progress. */
      if (ctx->path->len == 1 && ctx->items_total > 0)
        briefing_read_context_set_progress (ctx, 700 + 300 * (guint64) ++ctx->items_done / ctx->items_total);
    }
}

static JsonNode *
get_array_element (gpointer source,
                   guint    index)
{
  return json_node_ref (json_array_get_element (source, index));
}

void
briefing_read_context_foreach_object (BriefingReadContext   *ctx,
                                      JsonObject            *object,
                                      const char            *member,
                                      BriefingReadObjectFunc func,
                                      gpointer               user_data)
{
  JsonArray *array = briefing_read_context_array (ctx, object, member, 0);

  if (array == NULL)
    return;

  briefing_read_context_push (ctx, member);
  foreach_item (ctx, json_array_get_length (array), get_array_element, array, func, user_data);
  briefing_read_context_pop (ctx);
}

typedef struct
{
  BriefingJsonDocument *document;
  const char           *member;
} DocumentArray;

static JsonNode *
get_document_element (gpointer source,
                      guint    index)
{
  DocumentArray *array = source;

  return briefing_json_document_get_element (array->document, array->member, index);
}

void
briefing_read_context_foreach_element (BriefingReadContext   *ctx,
                                       BriefingJsonDocument  *document,
                                       const char            *member,
                                       BriefingReadObjectFunc func,
                                       gpointer               user_data)
{
  JsonNode *root = briefing_json_document_get_root (document);
  gssize n = briefing_json_document_get_n_elements (document, member);
  DocumentArray array = { document, member };

  g_return_if_fail (root != NULL && JSON_NODE_HOLDS_OBJECT (root));

  /* Its type, and whether it is there at all, as for any other member. */
  if (briefing_read_context_array (ctx, json_node_get_object (root), member, 0) == NULL || n < 0)
    return;

  briefing_read_context_push (ctx, member);
  foreach_item (ctx, n, get_document_element, &array, func, user_data);
  briefing_read_context_pop (ctx);
}

void
briefing_read_context_clear_problems (BriefingReadContext *ctx)
{
  g_ptr_array_set_size (ctx->problems, 0);
  g_ptr_array_set_size (ctx->locate, 0);
  ctx->n_errors = 0;
  ctx->n_warnings = 0;
  ctx->stopped = FALSE;
}

GPtrArray *
briefing_read_context_strings (BriefingReadContext *ctx,
                               JsonObject          *object,
                               const char          *member)
{
  JsonArray *array = briefing_read_context_array (ctx, object, member, 0);
  GPtrArray *strings;

  if (array == NULL)
    return NULL;

  strings = g_ptr_array_new ();
  briefing_read_context_push (ctx, member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      briefing_read_context_push_index (ctx, i);
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        briefing_read_context_wrong_type (ctx, NULL, node, _("a string"));
      else if (json_node_get_string (node)[0] == '\0')
        briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_INVALID_VALUE, _("must not be empty"));
      else
        g_ptr_array_add (strings, (gpointer) json_node_get_string (node));
      briefing_read_context_pop (ctx);
    }
  briefing_read_context_pop (ctx);

  return strings;
}

gboolean
briefing_read_context_is_valid_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 64 || !g_ascii_isalnum (id[0]))
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '.' && id[i] != '_' && id[i] != '-')
      return FALSE;
  return TRUE;
}

const char *
briefing_read_context_id (BriefingReadContext *ctx,
                          JsonObject          *object)
{
  const char *id = briefing_read_context_string (ctx, object, "id", BRIEFING_READ_REQUIRED);

  if (id != NULL && !briefing_read_context_is_valid_id (id))
    {
      briefing_read_context_member_errorf (ctx, "id", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                           /* Translators: %s is the id found in the file */
                                           _("“%s” is not a valid id (letters, digits, “.”, “_” and “-”, "
                                             "starting with a letter or digit, at most 64)"), id);
      return NULL;
    }

  return id;
}

static gboolean
check_reference (BriefingReadContext *ctx,
                 const char          *member,
                 const char          *id,
                 GType                type)
{
  GObject *item = briefing_bundle_lookup (ctx->bundle, id);
  g_autofree char *message = NULL;

  if (item != NULL && G_TYPE_CHECK_INSTANCE_TYPE (item, type))
    return TRUE;

  /* Whole sentences per kind of item, so that translators never assemble them. */
  if (type == BRIEFING_TYPE_PARTY)
    message = item != NULL ? g_strdup_printf (_("“%s” is not a party"), id)
                           : g_strdup_printf (_("unknown party “%s”"), id);
  else if (type == BRIEFING_TYPE_EVENT)
    message = item != NULL ? g_strdup_printf (_("“%s” is not an event"), id)
                           : g_strdup_printf (_("unknown event “%s”"), id);
  else if (type == BRIEFING_TYPE_ARTICLE)
    message = item != NULL ? g_strdup_printf (_("“%s” is not an article"), id)
                           : g_strdup_printf (_("unknown article “%s”"), id);
  else
    message = item != NULL ? g_strdup_printf (_("“%s” is not a demand"), id)
                           : g_strdup_printf (_("unknown demand “%s”"), id);

  briefing_read_context_member_error (ctx, member, BRIEFING_BUNDLE_ERROR_UNKNOWN_REFERENCE, message);
  return FALSE;
}

const char *
briefing_read_context_reference (BriefingReadContext *ctx,
                                 JsonObject          *object,
                                 const char          *member,
                                 GType                type,
                                 BriefingReadFlags    flags)
{
  const char *id = briefing_read_context_string (ctx, object, member, flags);

  if (id == NULL || !check_reference (ctx, member, id, type))
    return NULL;

  return id;
}

static GPtrArray *
read_refs (BriefingReadContext *ctx,
           JsonObject          *object,
           const char          *member,
           GType                type)
{
  GPtrArray *ids = briefing_read_context_strings (ctx, object, member);
  GPtrArray *valid;

  if (ids == NULL)
    return NULL;

  valid = g_ptr_array_new ();
  briefing_read_context_push (ctx, member);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *index = g_strdup_printf ("[%u]", i);

      if (!check_reference (ctx, index, ids->pdata[i], type))
        continue;
      if (g_ptr_array_find_with_equal_func (valid, ids->pdata[i], g_str_equal, NULL))
        briefing_read_context_member_errorf (ctx, index, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                             /* Translators: %s is an id */
                                             _("“%s” is listed twice"), (const char *) ids->pdata[i]);
      else
        g_ptr_array_add (valid, ids->pdata[i]);
    }
  briefing_read_context_pop (ctx);
  g_ptr_array_unref (ids);

  return valid;
}

GPtrArray *
briefing_read_context_party_refs (BriefingReadContext *ctx,
                                  JsonObject          *object,
                                  const char          *member)
{
  return read_refs (ctx, object, member, BRIEFING_TYPE_PARTY);
}

GPtrArray *
briefing_read_context_event_refs (BriefingReadContext *ctx,
                                  JsonObject          *object,
                                  const char          *member)
{
  return read_refs (ctx, object, member, BRIEFING_TYPE_EVENT);
}

void
briefing_read_context_add (BriefingReadContext *ctx,
                           GObject             *item,
                           const char          *id)
{
  GObject *taken = briefing_bundle_lookup (ctx->bundle, id);
  gboolean added;

  if (taken != NULL)
    {
      g_autofree char *message = NULL;

      if (BRIEFING_IS_PARTY (taken))
        message = g_strdup_printf (_("duplicate id “%s”: a party already has it"), id);
      else if (BRIEFING_IS_ARTICLE (taken))
        message = g_strdup_printf (_("duplicate id “%s”: an article already has it"), id);
      else if (BRIEFING_IS_EVENT (taken))
        message = g_strdup_printf (_("duplicate id “%s”: an event already has it"), id);
      else
        message = g_strdup_printf (_("duplicate id “%s”: a demand already has it"), id);

      briefing_read_context_member_error (ctx, "id", BRIEFING_BUNDLE_ERROR_DUPLICATE_ID, message);
      return;
    }

  if (BRIEFING_IS_PARTY (item))
    added = briefing_bundle_add_party (ctx->bundle, BRIEFING_PARTY (item));
  else if (BRIEFING_IS_ARTICLE (item))
    added = briefing_bundle_add_article (ctx->bundle, BRIEFING_ARTICLE (item));
  else if (BRIEFING_IS_EVENT (item))
    added = briefing_bundle_add_event (ctx->bundle, BRIEFING_EVENT (item));
  else
    added = briefing_bundle_add_demand (ctx->bundle, BRIEFING_DEMAND (item));

  g_assert (added);
}
