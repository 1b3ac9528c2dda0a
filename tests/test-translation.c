/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Briefing's own catalogues (briefing-translation.c): .mo files written here with msgfmt from small
 * .po texts, read, and used for one thread at a time while the interface keeps its language. */
#include "config.h"

#include <glib/gstdio.h>

#include "briefing-core.h"

static char *locale_dir;

static const char uk_po[] =
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
  "(n%100<10 || n%100>=20) ? 1 : 2);\\n\"\n"
  "\n"
  "msgid \"Sources\"\n"
  "msgstr \"Джерела\"\n"
  "\n"
  "msgctxt \"month name in a date\"\n"
  "msgid \"June\"\n"
  "msgstr \"червня\"\n"
  "\n"
  "msgctxt \"month name on its own\"\n"
  "msgid \"June\"\n"
  "msgstr \"червень\"\n"
  "\n"
  "msgid \"%u page\"\n"
  "msgid_plural \"%u pages\"\n"
  "msgstr[0] \"%u сторінка\"\n"
  "msgstr[1] \"%u сторінки\"\n"
  "msgstr[2] \"%u сторінок\"\n";

static const char ar_po[] =
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\"Plural-Forms: nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && "
  "n%100<=10 ? 3 : n%100>=11 ? 4 : 5);\\n\"\n"
  "\n"
  "msgid \"%u page\"\n"
  "msgid_plural \"%u pages\"\n"
  "msgstr[0] \"zero\"\n"
  "msgstr[1] \"one\"\n"
  "msgstr[2] \"two\"\n"
  "msgstr[3] \"few\"\n"
  "msgstr[4] \"many\"\n"
  "msgstr[5] \"other\"\n";

/* A German file without Plural-Forms and with an untranslated entry. */
static const char de_po[] =
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\n"
  "msgid \"Sources\"\n"
  "msgstr \"\"\n"
  "\n"
  "msgid \"%u page\"\n"
  "msgid_plural \"%u pages\"\n"
  "msgstr[0] \"%u Seite\"\n"
  "msgstr[1] \"%u Seiten\"\n";

static void
write_catalog (const char *language,
               const char *po)
{
  g_autofree char *dir = g_build_filename (locale_dir, language, "LC_MESSAGES", NULL);
  g_autofree char *po_path = g_build_filename (locale_dir, "input.po", NULL);
  g_autofree char *mo_path = g_build_filename (dir, GETTEXT_PACKAGE ".mo", NULL);
  const char *argv[] = { "msgfmt", "-o", mo_path, po_path, NULL };
  int status;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (po_path, po, -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                               &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
test_lookups (void)
{
  g_autoptr(BriefingCatalog) uk = briefing_catalog_get ("uk", NULL);

  g_assert_nonnull (uk);
  g_assert_cmpstr (briefing_catalog_get_language (uk), ==, "uk");

  briefing_translation_push (uk);
  g_assert_cmpstr (briefing_gettext ("Sources"), ==, "Джерела");
  g_assert_cmpstr (briefing_gettext ("Not in the catalogue"), ==, "Not in the catalogue");
  g_assert_cmpstr (briefing_pgettext ("month name in a date\004June", strlen ("month name in a date") + 1),
                   ==, "червня");
  g_assert_cmpstr (briefing_pgettext2 ("month name on its own", "June"), ==, "червень");
  g_assert_cmpstr (briefing_pgettext2 ("month name on its own", "July"), ==, "July");
  briefing_translation_pop ();

  /* No catalogue current: the interface's language, English in the tests. */
  g_assert_cmpstr (briefing_gettext ("Sources"), ==, "Sources");
}

static void
assert_plural (gulong      n,
               const char *expected)
{
  g_assert_cmpstr (briefing_ngettext ("%u page", "%u pages", n), ==, expected);
}

static void
test_plurals (void)
{
  g_autoptr(BriefingCatalog) uk = briefing_catalog_get ("uk", NULL);
  g_autoptr(BriefingCatalog) ar = briefing_catalog_get ("ar", NULL);
  g_autoptr(BriefingCatalog) de = briefing_catalog_get ("de", NULL);
  const struct { gulong n; const char *form; } uk_cases[] = {
    { 1, "%u сторінка" }, { 2, "%u сторінки" }, { 4, "%u сторінки" }, { 5, "%u сторінок" },
    { 11, "%u сторінок" }, { 12, "%u сторінок" }, { 21, "%u сторінка" }, { 22, "%u сторінки" },
    { 25, "%u сторінок" }, { 111, "%u сторінок" }, { 0, "%u сторінок" },
  };
  const struct { gulong n; const char *form; } ar_cases[] = {
    { 0, "zero" }, { 1, "one" }, { 2, "two" }, { 3, "few" }, { 10, "few" }, { 11, "many" },
    { 99, "many" }, { 100, "other" }, { 102, "other" }, { 103, "few" }, { 111, "many" },
  };

  briefing_translation_push (uk);
  for (guint i = 0; i < G_N_ELEMENTS (uk_cases); i++)
    assert_plural (uk_cases[i].n, uk_cases[i].form);
  briefing_translation_pop ();

  briefing_translation_push (ar);
  for (guint i = 0; i < G_N_ELEMENTS (ar_cases); i++)
    assert_plural (ar_cases[i].n, ar_cases[i].form);
  briefing_translation_pop ();

  /* Without Plural-Forms: the Germanic rule; an empty translation is the English. */
  briefing_translation_push (de);
  assert_plural (1, "%u Seite");
  assert_plural (7, "%u Seiten");
  g_assert_cmpstr (briefing_gettext ("Sources"), ==, "Sources");
  briefing_translation_pop ();
}

/* English is the source: a catalogue with nothing in it, whatever the interface speaks. */
static void
test_english (void)
{
  g_autoptr(BriefingCatalog) en = briefing_catalog_get ("en", NULL);

  g_assert_nonnull (en);
  briefing_translation_push (en);
  g_assert_cmpstr (briefing_gettext ("Sources"), ==, "Sources");
  assert_plural (1, "%u page");
  assert_plural (3, "%u pages");
  briefing_translation_pop ();
}

/* Pushes nest; the innermost wins until it is popped. */
static void
test_nesting (void)
{
  g_autoptr(BriefingCatalog) uk = briefing_catalog_get ("uk", NULL);
  g_autoptr(BriefingCatalog) en = briefing_catalog_get ("en", NULL);

  briefing_translation_push (uk);
  briefing_translation_push (en);
  g_assert_cmpstr (briefing_gettext ("Sources"), ==, "Sources");
  briefing_translation_push (NULL);
  g_assert_cmpstr (briefing_gettext ("Sources"), ==, "Sources");
  briefing_translation_pop ();
  briefing_translation_pop ();
  g_assert_cmpstr (briefing_gettext ("Sources"), ==, "Джерела");
  briefing_translation_pop ();
}

static gpointer
other_thread (gpointer data)
{
  return g_strdup (briefing_gettext ("Sources"));
}

/* A catalogue is current for the thread that pushed it only: the window keeps its language while a
 * briefing is written in another. */
static void
test_per_thread (void)
{
  g_autoptr(BriefingCatalog) uk = briefing_catalog_get ("uk", NULL);
  g_autofree char *seen = NULL;
  GThread *thread;

  briefing_translation_push (uk);
  thread = g_thread_new ("other", other_thread, NULL);
  seen = g_thread_join (thread);
  g_assert_cmpstr (seen, ==, "Sources");
  g_assert_cmpstr (briefing_gettext ("Sources"), ==, "Джерела");
  briefing_translation_pop ();
}

/* The same catalogue each time: read once. */
static void
test_kept (void)
{
  g_autoptr(BriefingCatalog) first = briefing_catalog_get ("uk", NULL);
  g_autoptr(BriefingCatalog) second = briefing_catalog_get ("uk", NULL);

  g_assert_true (first == second);
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (locale_dir, "fr", "LC_MESSAGES", NULL);
  g_autofree char *damaged = g_build_filename (dir, GETTEXT_PACKAGE ".mo", NULL);

  /* Not a language Briefing has: the message lists the ones it has. */
  g_assert_null (briefing_catalog_get ("xx", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“xx”"));
  g_assert_nonnull (strstr (error->message, "uk"));
  g_clear_error (&error);

  /* Known, but not installed: the message names the file looked for. */
  g_assert_null (briefing_catalog_get ("tr", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Türkçe"));
  g_assert_nonnull (strstr (error->message, "tr/LC_MESSAGES/" GETTEXT_PACKAGE ".mo"));
  g_clear_error (&error);

  /* Damaged: refused, never read past its end. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (damaged, "\xde\x12\x04\x95\0\0\0\0\xff\xff\xff\x0f", 12, NULL));
  g_assert_null (briefing_catalog_get ("fr", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, damaged));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (damaged, "not a catalogue", -1, NULL));
  g_assert_null (briefing_catalog_get ("fr", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  locale_dir = g_dir_make_tmp ("briefing-translation-XXXXXX", NULL);
  g_assert_nonnull (locale_dir);
  g_setenv ("BRIEFING_LOCALEDIR", locale_dir, TRUE);
  write_catalog ("uk", uk_po);
  write_catalog ("ar", ar_po);
  write_catalog ("de", de_po);

  g_test_add_func ("/translation/lookups", test_lookups);
  g_test_add_func ("/translation/plurals", test_plurals);
  g_test_add_func ("/translation/english", test_english);
  g_test_add_func ("/translation/nesting", test_nesting);
  g_test_add_func ("/translation/per-thread", test_per_thread);
  g_test_add_func ("/translation/kept", test_kept);
  g_test_add_func ("/translation/errors", test_errors);

  status = g_test_run ();
  remove_tree (locale_dir);
  g_free (locale_dir);
  return status;
}
