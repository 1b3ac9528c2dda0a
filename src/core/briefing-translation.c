/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-translation"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "briefing-languages.h"
#include "briefing-translation.h"

/* A translation as the .mo file holds it: for counted words, the forms one after the other, each
 * ended by a NUL. */
typedef struct
{
  const char *text;
  guint32     length;
} Translation;

struct _BriefingCatalog
{
  gatomicrefcount ref_count;
  char           *language;
  GBytes         *data;          /* the .mo file; every string points into it */
  GHashTable     *translations;  /* "msgid" or "context\004msgid" → Translation */
  char           *plural;        /* the Plural-Forms expression, "n != 1" when there is none */
  guint           n_plurals;
};

static GMutex catalogs_lock;
static GHashTable *catalogs;     /* language → BriefingCatalog, kept for the process's life */
static GPrivate current = G_PRIVATE_INIT ((GDestroyNotify) g_ptr_array_unref);

/* Whether @dir holds a catalogue of Briefing's in any of its languages. */
static gboolean
has_catalogues (const char *dir)
{
  guint n_languages;
  const BriefingLanguage *languages = briefing_languages_get (&n_languages);

  for (guint i = 0; i < n_languages; i++)
    {
      g_autofree char *path = g_build_filename (dir, languages[i].code, "LC_MESSAGES", GETTEXT_PACKAGE ".mo",
                                                NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return TRUE;
    }
  return FALSE;
}

const char *
briefing_catalog_locale_dir (void)
{
  static gsize found;  /* a const char *; g_once_init_enter_pointer() is GLib 2.80 */
  const char *dir = g_getenv ("BRIEFING_LOCALEDIR");

  if (dir != NULL && dir[0] != '\0')
    return dir;

  /* Installed, or run from the build tree before installing (the README's quick start). */
  if (g_once_init_enter (&found))
    g_once_init_leave (&found, (gsize) (has_catalogues (LOCALEDIR) || !has_catalogues (BUILD_LOCALEDIR)
                                        ? LOCALEDIR : BUILD_LOCALEDIR));
  return (const char *) found;
}

/* Plural forms */

typedef struct
{
  const char *p;
  gulong      n;
  gboolean    failed;
} Expr;

static gulong parse_conditional (Expr *e);

static void
skip_space (Expr *e)
{
  while (g_ascii_isspace (*e->p))
    e->p++;
}

static gboolean
accept (Expr       *e,
        const char *token)
{
  gsize len = strlen (token);

  skip_space (e);
  if (strncmp (e->p, token, len) != 0)
    return FALSE;
  /* "<" must not take the first half of "<=", nor "=" anything. */
  if (len == 1 && (token[0] == '<' || token[0] == '>' || token[0] == '!') && e->p[1] == '=')
    return FALSE;
  e->p += len;
  return TRUE;
}

static gulong
parse_primary (Expr *e)
{
  skip_space (e);
  if (accept (e, "!"))
    return !parse_primary (e);
  if (accept (e, "("))
    {
      gulong value = parse_conditional (e);

      if (!accept (e, ")"))
        e->failed = TRUE;
      return value;
    }
  if (*e->p == 'n')
    {
      e->p++;
      return e->n;
    }
  if (g_ascii_isdigit (*e->p))
    {
      char *end;
      gulong value = strtoul (e->p, &end, 10);

      e->p = end;
      return value;
    }
  e->failed = TRUE;
  return 0;
}

static gulong
parse_multiplicative (Expr *e)
{
  gulong value = parse_primary (e);

  for (;;)
    {
      gulong right;

      if (accept (e, "*"))
        value *= parse_primary (e);
      else if (accept (e, "/") || accept (e, "%"))
        {
          gboolean modulo = e->p[-1] == '%';

          right = parse_primary (e);
          if (right == 0)
            {
              e->failed = TRUE;
              return 0;
            }
          value = modulo ? value % right : value / right;
        }
      else
        return value;
    }
}

static gulong
parse_additive (Expr *e)
{
  gulong value = parse_multiplicative (e);

  for (;;)
    {
      if (accept (e, "+"))
        value += parse_multiplicative (e);
      else if (accept (e, "-"))
        value -= parse_multiplicative (e);
      else
        return value;
    }
}

static gulong
parse_relational (Expr *e)
{
  gulong value = parse_additive (e);

  for (;;)
    {
      if (accept (e, "<="))
        value = value <= parse_additive (e);
      else if (accept (e, ">="))
        value = value >= parse_additive (e);
      else if (accept (e, "<"))
        value = value < parse_additive (e);
      else if (accept (e, ">"))
        value = value > parse_additive (e);
      else
        return value;
    }
}

static gulong
parse_equality (Expr *e)
{
  gulong value = parse_relational (e);

  for (;;)
    {
      if (accept (e, "=="))
        value = value == parse_relational (e);
      else if (accept (e, "!="))
        value = value != parse_relational (e);
      else
        return value;
    }
}

static gulong
parse_and (Expr *e)
{
  gulong value = parse_equality (e);

  while (accept (e, "&&"))
    {
      gulong right = parse_equality (e);

      value = value && right;
    }
  return value;
}

static gulong
parse_or (Expr *e)
{
  gulong value = parse_and (e);

  while (accept (e, "||"))
    {
      gulong right = parse_and (e);

      value = value || right;
    }
  return value;
}

static gulong
parse_conditional (Expr *e)
{
  gulong condition = parse_or (e);

  if (accept (e, "?"))
    {
      gulong if_true = parse_conditional (e);
      gulong if_false = 0;

      if (!accept (e, ":"))
        e->failed = TRUE;
      else
        if_false = parse_conditional (e);
      return condition ? if_true : if_false;
    }
  return condition;
}

/* Which plural form @n takes under @expression; the last form when the expression is broken. */
static guint
plural_index (BriefingCatalog *catalog,
              gulong           n)
{
  Expr e = { catalog->plural, n, FALSE };
  gulong index = parse_conditional (&e);

  skip_space (&e);
  if (e.failed || *e.p != '\0' || index >= catalog->n_plurals)
    return n == 1 ? 0 : catalog->n_plurals - 1;
  return index;
}

/* Reading a .mo file (GNU gettext's format: a header, then two tables of (length, offset)) */

static gboolean
read_u32 (const guint8 *data,
          gsize         size,
          gsize         offset,
          gboolean      swapped,
          guint32      *value)
{
  guint32 raw;

  if (offset > size || size - offset < 4)
    return FALSE;
  memcpy (&raw, data + offset, 4);
  *value = swapped ? GUINT32_SWAP_LE_BE (raw) : raw;
  return TRUE;
}

/* The string at table entry @i: its length and where it starts, checked to lie in the file and
 * end with a NUL. */
static gboolean
read_entry (const guint8 *data,
            gsize         size,
            guint32       table,
            guint32       i,
            gboolean      swapped,
            Translation  *entry)
{
  guint32 length, offset;

  if (!read_u32 (data, size, (gsize) table + 8 * (gsize) i, swapped, &length) ||
      !read_u32 (data, size, (gsize) table + 8 * (gsize) i + 4, swapped, &offset))
    return FALSE;
  if (offset > size || size - offset <= length || data[offset + length] != '\0')
    return FALSE;
  entry->text = (const char *) data + offset;
  entry->length = length;
  return TRUE;
}

static void
read_plural_forms (BriefingCatalog *catalog,
                   const char      *header)
{
  const char *forms = strstr (header, "Plural-Forms:");
  const char *nplurals, *plural;

  catalog->n_plurals = 2;
  catalog->plural = g_strdup ("n != 1");
  if (forms == NULL)
    return;

  nplurals = strstr (forms, "nplurals=");
  plural = strstr (forms, "plural=");  /* "nplurals=" does not hold it: "plurals=" */
  if (nplurals == NULL || plural == NULL)
    return;

  catalog->n_plurals = CLAMP (strtoul (nplurals + 9, NULL, 10), 1, 10);
  g_free (catalog->plural);
  catalog->plural = g_strndup (plural + 7, strcspn (plural + 7, ";\n"));
}

static gboolean
catalog_load (BriefingCatalog *catalog,
              const char      *path,
              GError         **error)
{
  g_autoptr(GMappedFile) file = NULL;
  const guint8 *data;
  gsize size;
  guint32 magic, count, originals, translations;
  gboolean swapped;

  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return FALSE;
  catalog->data = g_mapped_file_get_bytes (file);
  data = g_bytes_get_data (catalog->data, &size);

  if (!read_u32 (data, size, 0, FALSE, &magic) || (magic != 0x950412de && magic != 0xde120495))
    goto invalid;
  swapped = magic == 0xde120495;
  if (!read_u32 (data, size, 8, swapped, &count) ||
      !read_u32 (data, size, 12, swapped, &originals) ||
      !read_u32 (data, size, 16, swapped, &translations))
    goto invalid;

  for (guint32 i = 0; i < count; i++)
    {
      Translation original, translation;

      if (!read_entry (data, size, originals, i, swapped, &original) ||
          !read_entry (data, size, translations, i, swapped, &translation))
        goto invalid;

      if (original.length == 0)
        {
          read_plural_forms (catalog, translation.text);
          continue;
        }
      /* The key is msgid alone: a plural entry's original is "msgid\0msgid_plural". */
      g_hash_table_insert (catalog->translations, (gpointer) original.text,
                           g_memdup2 (&translation, sizeof translation));
    }

  if (catalog->plural == NULL)
    read_plural_forms (catalog, "");
  return TRUE;

invalid:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               /* Translators: %s is the path of a translations file */
               _("“%s” is not a translations file Briefing can read"), path);
  return FALSE;
}

BriefingCatalog *
briefing_catalog_get (const char  *language,
                      GError     **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  BriefingCatalog *catalog;
  g_autofree char *path = NULL;

  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (briefing_language_find (language) == NULL)
    {
      g_autofree char *codes = briefing_language_codes ();

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: %s are a language code, then the codes Briefing knows */
                   _("Briefing has no language “%s” (it has %s)"), language, codes);
      return NULL;
    }

  locker = g_mutex_locker_new (&catalogs_lock);
  if (catalogs == NULL)
    catalogs = g_hash_table_new (g_str_hash, g_str_equal);
  catalog = g_hash_table_lookup (catalogs, language);
  if (catalog != NULL)
    return briefing_catalog_ref (catalog);

  catalog = g_new0 (BriefingCatalog, 1);
  g_atomic_ref_count_init (&catalog->ref_count);
  catalog->language = g_strdup (language);
  catalog->translations = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  if (g_str_equal (language, "en"))
    read_plural_forms (catalog, "");
  else
    {
      g_autoptr(GError) local_error = NULL;

      path = g_build_filename (briefing_catalog_locale_dir (), language, "LC_MESSAGES",
                               GETTEXT_PACKAGE ".mo", NULL);
      if (!catalog_load (catalog, path, &local_error))
        {
          if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                         /* Translators: %s are a language's name, then a file's path */
                         _("The %s translations are not installed (no “%s”)"),
                         briefing_language_find (language)->name, path);
          else if (local_error->domain == G_IO_ERROR)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, local_error->message);
          briefing_catalog_unref (catalog);
          return NULL;
        }
    }

  /* Kept: the table holds one reference for the process's life. */
  g_hash_table_insert (catalogs, catalog->language, briefing_catalog_ref (catalog));
  return catalog;
}

BriefingCatalog *
briefing_catalog_ref (BriefingCatalog *catalog)
{
  g_return_val_if_fail (catalog != NULL, NULL);

  g_atomic_ref_count_inc (&catalog->ref_count);
  return catalog;
}

void
briefing_catalog_unref (BriefingCatalog *catalog)
{
  g_return_if_fail (catalog != NULL);

  if (!g_atomic_ref_count_dec (&catalog->ref_count))
    return;
  g_hash_table_unref (catalog->translations);
  g_clear_pointer (&catalog->data, g_bytes_unref);
  g_free (catalog->plural);
  g_free (catalog->language);
  g_free (catalog);
}

const char *
briefing_catalog_get_language (BriefingCatalog *catalog)
{
  g_return_val_if_fail (catalog != NULL, NULL);

  return catalog->language;
}

/* The current catalogue */

static GPtrArray *
stack (void)
{
  GPtrArray *catalogs_of_thread = g_private_get (&current);

  if (catalogs_of_thread == NULL)
    {
      catalogs_of_thread = g_ptr_array_new ();
      g_private_set (&current, catalogs_of_thread);
    }
  return catalogs_of_thread;
}

void
briefing_translation_push (BriefingCatalog *catalog)
{
  g_ptr_array_add (stack (), catalog);
}

void
briefing_translation_pop (void)
{
  GPtrArray *catalogs_of_thread = stack ();

  g_return_if_fail (catalogs_of_thread->len > 0);
  g_ptr_array_remove_index (catalogs_of_thread, catalogs_of_thread->len - 1);
}

static BriefingCatalog *
current_catalog (void)
{
  GPtrArray *catalogs_of_thread = g_private_get (&current);

  if (catalogs_of_thread == NULL || catalogs_of_thread->len == 0)
    return NULL;
  return g_ptr_array_index (catalogs_of_thread, catalogs_of_thread->len - 1);
}

const char *
briefing_gettext (const char *msgid)
{
  BriefingCatalog *catalog = current_catalog ();
  Translation *translation;

  if (catalog == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  translation = g_hash_table_lookup (catalog->translations, msgid);
  return translation != NULL && translation->length > 0 ? translation->text : msgid;
}

const char *
briefing_pgettext (const char *msgctxtid,
                   gsize       msgidoffset)
{
  BriefingCatalog *catalog = current_catalog ();
  Translation *translation;

  if (catalog == NULL)
    return g_dpgettext (GETTEXT_PACKAGE, msgctxtid, msgidoffset);
  translation = g_hash_table_lookup (catalog->translations, msgctxtid);
  return translation != NULL && translation->length > 0 ? translation->text : msgctxtid + msgidoffset;
}

const char *
briefing_pgettext2 (const char *context,
                    const char *msgid)
{
  BriefingCatalog *catalog = current_catalog ();
  g_autofree char *key = NULL;
  Translation *translation;

  if (catalog == NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
  key = g_strconcat (context, "\004", msgid, NULL);
  translation = g_hash_table_lookup (catalog->translations, key);
  return translation != NULL && translation->length > 0 ? translation->text : msgid;
}

const char *
briefing_ngettext (const char *msgid,
                   const char *msgid_plural,
                   gulong      n)
{
  BriefingCatalog *catalog = current_catalog ();
  Translation *translation;
  const char *form;
  const char *end;

  if (catalog == NULL)
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
  translation = g_hash_table_lookup (catalog->translations, msgid);
  if (translation == NULL || translation->length == 0)
    return n == 1 ? msgid : msgid_plural;

  /* The forms, NUL after NUL; a missing one falls back to the source's. */
  form = translation->text;
  end = translation->text + translation->length;
  for (guint i = plural_index (catalog, n); i > 0 && form < end; i--)
    form += strlen (form) + 1;
  if (form >= end || *form == '\0')
    return n == 1 ? msgid : msgid_plural;
  return form;
}
