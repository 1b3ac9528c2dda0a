/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crash safety of everything Briefing saves on its own: the annotation store and a bundle being
 * edited. A child process (forked from the state the parent just read back) saves as fast as it
 * can, each save the next revision N: the annotation store holds NOTES notes, every one saying
 * "Revision N"; the bundle gets the title "Revision N" and its party "p" the name "Party N", in one
 * edit through BriefingDocument. The parent kills the child with SIGKILL at a random moment — after
 * none or one of its saves, then anywhere within the time of a save, so the kills land in every
 * part of one — then reads the file back and compares its content with the revision it must be
 * (every note the same revision; the whole bundle against one the parent edited the same way),
 * never older than the one before. The states keep their size, so every save costs the same.
 * Repeated many times: a thousand kills in all. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "annotation-test-utils.h"

#define KILLS 500  /* of each kind */
#define ID_FORMAT "urn:uuid:00000000-0000-4000-8000-%012u"
#define BUNDLE_NAME "talks.bundle.json"

/* The children: each runs until it is killed, and tells the parent on @out when a save is complete. */
typedef int (*ChildFunc) (gpointer data,
                          int      out);

#define NOTES 40

static char *
revision_note (guint n)
{
  g_autofree char *filler = g_strnfill (200, 'x');

  return g_strdup_printf ("Revision %u %s", n, filler);
}

/* Revision @n of the notes: NOTES of them, added the first time, then each replaced. The filler
 * makes the file some 20 KB, so that writes take long enough to be hit. */
static void
apply_notes_revision (BriefingAnnotationStore *store,
                      guint                    n)
{
  g_autofree char *note = revision_note (n);

  for (guint i = 1; i <= NOTES; i++)
    {
      g_autofree char *id = g_strdup_printf (ID_FORMAT, i);
      BriefingAnnotation *old = briefing_annotation_store_lookup (store, id);
      g_autoptr(BriefingAnnotation) annotation = NULL;

      annotation = old != NULL ? briefing_annotation_copy (old) : briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
      briefing_annotation_set_id (annotation, id);
      briefing_annotation_set_note (annotation, note);
      if (old != NULL)
        briefing_annotation_store_replace (store, annotation);
      else
        briefing_annotation_store_add (store, annotation);
    }
}

/* The revision every note of @store says; fails the test when they do not all say the same. */
static guint
notes_revision (BriefingAnnotationStore *store)
{
  guint n = 0, count = g_list_model_get_n_items (G_LIST_MODEL (store));

  if (count == 0)
    return 0;
  g_assert_cmpuint (count, ==, NOTES);
  for (guint i = 1; i <= NOTES; i++)
    {
      g_autofree char *id = g_strdup_printf (ID_FORMAT, i);
      BriefingAnnotation *annotation = briefing_annotation_store_lookup (store, id);
      g_autofree char *expected = NULL;
      guint revision;

      if (annotation == NULL)
        g_error ("torn state: %s is missing", id);
      g_assert_true (sscanf (briefing_annotation_get_note (annotation), "Revision %u", &revision) == 1);
      if (i == 1)
        n = revision;
      expected = revision_note (n);
      if (g_strcmp0 (briefing_annotation_get_note (annotation), expected) != 0)
        g_error ("torn state: note %u is not of revision %u", i, n);
    }

  return n;
}

static int
run_annotations_child (gpointer data,
                       int      out)
{
  BriefingAnnotationStore *store = data;

  briefing_annotation_store_set_save_delay (store, G_MAXUINT);
  for (guint n = notes_revision (store) + 1;; n++)
    {
      apply_notes_revision (store, n);
      if (!briefing_annotation_store_flush (store, NULL))
        return 4;
      if (write (out, "s", 1) != 1)
        return 5;
    }
}

/* The revision of the bundle: N of its title "Revision N", 0 before the first. */
static guint
bundle_revision (BriefingBundle *bundle)
{
  guint n = 0;

  if (sscanf (briefing_bundle_get_title (bundle), "Revision %u", &n) != 1)
    return 0;
  return n;
}

/* Revision @n: one edit of two changes, as a user's would be. */
static gboolean
apply_step (BriefingDocument *document,
            guint             n)
{
  BriefingBundle *bundle = briefing_document_get_bundle (document);
  g_autofree char *name = g_strdup_printf ("Party %u", n);
  g_autofree char *title = g_strdup_printf ("Revision %u", n);
  BriefingParty *old = briefing_bundle_lookup_party (bundle, "p");
  g_autoptr(BriefingParty) party = briefing_party_new ("p", name, BRIEFING_PARTY_ROLE_OBSERVER);
  gboolean ok;

  briefing_document_begin_group (document, "Step");
  ok = (old != NULL ? briefing_document_change_party (document, old, party, NULL)
                    : briefing_document_add_party (document, party, NULL)) &&
       briefing_document_set_title (document, title, NULL);
  briefing_document_end_group (document);
  return ok;
}

static BriefingBundle *
read_bundle (const char  *path,
             GError     **error)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return briefing_bundle_reader_read_file (reader, file, NULL, error);
}

typedef struct
{
  BriefingDocument *document;
  GFile            *file;
} BundleChild;

static int
run_bundle_child (gpointer data,
                  int      out)
{
  BundleChild *child = data;

  for (guint n = bundle_revision (briefing_document_get_bundle (child->document)) + 1;; n++)
    {
      if (!apply_step (child->document, n) || !briefing_document_save (child->document, child->file, NULL))
        return 4;
      if (write (out, "s", 1) != 1)
        return 5;
    }
}

/* The parent */

/* Starts a child and kills it at a random moment: after none or (one time in three) one of its
 * saves, then within *@save_us, the time a save takes, which it measures as it goes. Checks that
 * the child was killed and did not stop on its own. */
static void
kill_child (ChildFunc  func,
            gpointer   data,
            gint64    *save_us)
{
  gint64 started = g_get_monotonic_time ();
  int status, fds[2];
  char said;
  pid_t pid;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      _exit (func (data, fds[1]));
    }
  close (fds[1]);

  if (g_test_rand_int_range (0, 3) == 0)
    {
      g_assert_cmpint (read (fds[0], &said, 1), ==, 1);
      g_assert_cmpint (said, ==, 's');
      *save_us = (*save_us * 3 + (g_get_monotonic_time () - started)) / 4;
    }

  g_usleep (g_test_rand_int_range (0, *save_us + 1));
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  while (waitpid (pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  /* Open until now: a child writing to a closed pipe would die of SIGPIPE. */
  close (fds[0]);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
}

/* Files left beside @name in @dir: hidden temporary files of writes that were killed, never read. */
static guint
count_other_files (const char *dir,
                   const char *name)
{
  g_autofree char *prefix = g_strconcat (".", name, ".", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *other;
  guint n = 0;

  /* Killed before the first save: no folder yet. */
  if (d == NULL)
    return 0;

  while ((other = g_dir_read_name (d)) != NULL)
    {
      if (g_str_equal (other, name))
        continue;
      /* Nothing was ever moved aside: the file always read back. */
      g_assert_null (strstr (other, ".corrupt-"));
      g_assert_true (g_str_has_prefix (other, prefix));
      g_assert_true (g_str_has_suffix (other, ".part"));
      g_assert_cmpuint (strlen (other), ==, strlen (prefix) + 6 + strlen (".part"));
      n++;
    }

  return n;
}

static void
test_kill_annotations (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 start = g_get_monotonic_time ();
  gint64 save_us = 20000;
  guint previous = 0, n = 0, n_progress = 0, n_leftover = 0;

  g_autoptr(BriefingAnnotationStore) current = briefing_annotation_store_new (BUNDLE_ID, fixture->dir);

  g_assert_true (briefing_annotation_store_load (current, NULL));
  for (guint i = 0; i < KILLS; i++)
    {
      g_autoptr(BriefingAnnotationStore) store = briefing_annotation_store_new (BUNDLE_ID, fixture->dir);
      g_autoptr(GError) error = NULL;
      g_autofree char *name = NULL;

      /* The child goes on from what was read back last. */
      kill_child (run_annotations_child, current, &save_us);

      g_assert_true (briefing_annotation_store_load (store, &error));
      g_assert_no_error (error);
      g_assert_null (briefing_annotation_store_get_error_message (store));

      n = notes_revision (store);
      g_assert_cmpuint (n, >=, previous);
      n_progress += n > previous;
      previous = n;

      name = g_path_get_basename (briefing_annotation_store_get_path (store));
      n_leftover = count_other_files (fixture->dir, name);
      g_set_object (&current, store);
    }

  g_test_message ("%u kills in %.1f s (a save took %.1f ms); %u saved states reached, revision %u at the "
                  "end; %u temporary files of killed writes left, none read",
                  KILLS, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, save_us / 1000.0,
                  n_progress, n, n_leftover);
  /* The kills must also land while saving, not only before the first save. */
  g_assert_cmpuint (n_progress, >, KILLS / 8);
  g_assert_cmpuint (n_leftover, >, 0);
}

static void
test_kill_bundle (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *sample = g_build_filename (SOURCE_SAMPLES_DIR, "istanbul-talks-2025.bundle.json", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, BUNDLE_NAME, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(BriefingBundle) base = NULL;
  g_autoptr(BriefingDocument) expected = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  BundleChild child;
  gint64 start = g_get_monotonic_time ();
  gint64 save_us = 20000;
  guint n = 0, n_progress = 0, n_leftover = 0;
  gsize length;

  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  /* What the file must hold after step N: the sample, edited the same way up to N. */
  base = read_bundle (path, NULL);
  g_assert_nonnull (base);
  expected = briefing_document_new (base, NULL);
  child.document = expected;
  child.file = file;

  for (guint i = 0; i < KILLS; i++)
    {
      g_autoptr(BriefingBundle) loaded = NULL;
      g_autoptr(GError) error = NULL;
      guint reached;

      /* The child goes on from the state on disk, which the parent holds. */
      kill_child (run_bundle_child, &child, &save_us);

      loaded = read_bundle (path, &error);
      g_assert_no_error (error);

      reached = bundle_revision (loaded);
      g_assert_cmpuint (reached, >=, n);
      n_progress += reached > n;
      if (reached > n)
        g_assert_true (apply_step (expected, reached));
      n = reached;
      /* The time of the save is the one thing the parent cannot know. */
      if (n > 0)
        briefing_bundle_set_updated (base, briefing_bundle_get_updated (loaded));
      if (!briefing_bundle_equal (base, loaded))
        g_error ("the file of revision %u is not the bundle of revision %u", n, n);

      n_leftover = count_other_files (fixture->dir, BUNDLE_NAME);
    }

  g_test_message ("%u kills in %.1f s (a save took %.1f ms); %u saved states reached, revision %u at the end; "
                  "%u temporary files of killed writes left, none read",
                  KILLS, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, save_us / 1000.0,
                  n_progress, n, n_leftover);
  g_assert_cmpuint (n_progress, >, KILLS / 8);
  g_assert_cmpuint (n_leftover, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/save/crash/annotations", Fixture, NULL, fixture_set_up, test_kill_annotations, fixture_tear_down);
  g_test_add ("/save/crash/bundle", Fixture, NULL, fixture_set_up, test_kill_bundle, fixture_tear_down);

  return g_test_run ();
}
