/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crash safety of everything Briefing saves on its own: the annotation store and a bundle being
 * edited. A child process (forked from the state the parent just read back) saves as fast as it
 * can, each save one step further: the annotation store holds {1}, {1, 2}, {1, 2, 3}…; the bundle gains party "p-N"
 * and the title "Revision N" in one edit, then is saved through BriefingDocument. The parent kills
 * the child with SIGKILL at a random moment — after none or one of its saves, then anywhere within
 * the time of a save, so the kills land in every part of one — then reads the file back and
 * compares its content with the state N it must be (every annotation, or the whole bundle against
 * one the parent edited the same way), never a state older than the one before. Repeated many
 * times: a thousand kills in all. */
#include "config.h"

#include <errno.h>
#include <signal.h>
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

/* The note makes each annotation some 200 bytes, so that writes take long enough to be hit. */
static int
run_annotations_child (gpointer data,
                       int      out)
{
  BriefingAnnotationStore *store = data;
  g_autofree char *filler = g_strnfill (100, 'x');
  guint n;

  briefing_annotation_store_set_save_delay (store, G_MAXUINT);
  for (n = g_list_model_get_n_items (G_LIST_MODEL (store)) + 1;; n++)
    {
      g_autoptr(BriefingAnnotation) annotation = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
      g_autofree char *id = g_strdup_printf (ID_FORMAT, n);
      g_autofree char *note = g_strdup_printf ("Annotation %u %s", n, filler);

      briefing_annotation_set_id (annotation, id);
      briefing_annotation_set_note (annotation, note);
      briefing_annotation_store_add (store, annotation);
      if (!briefing_annotation_store_flush (store, NULL))
        return 4;
      if (write (out, "s", 1) != 1)
        return 5;
    }
}

/* The parties the steps added: "p-1" … "p-N", N returned. */
static guint
count_steps (BriefingBundle *bundle)
{
  GListModel *parties = briefing_bundle_get_parties (bundle);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(BriefingParty) party = g_list_model_get_item (parties, i);

      n += g_str_has_prefix (briefing_party_get_id (party), "p-");
    }

  return n;
}

/* Step @n: one edit of two changes, as a user's would be. */
static gboolean
apply_step (BriefingDocument *document,
            guint             n)
{
  g_autofree char *id = g_strdup_printf ("p-%u", n);
  g_autofree char *name = g_strdup_printf ("Party %u", n);
  g_autofree char *title = g_strdup_printf ("Revision %u", n);
  g_autoptr(BriefingParty) party = briefing_party_new (id, name, BRIEFING_PARTY_ROLE_OBSERVER);
  gboolean ok;

  briefing_document_begin_group (document, "Step");
  ok = briefing_document_add_party (document, party, NULL) && briefing_document_set_title (document, title, NULL);
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

  for (guint n = count_steps (briefing_document_get_bundle (child->document)) + 1;; n++)
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

/* The number N of a store holding exactly {1..N}, each with its own note; fails the test otherwise. */
static guint
complete_state (BriefingAnnotationStore *store)
{
  g_autofree char *filler = g_strnfill (100, 'x');
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *id = g_strdup_printf (ID_FORMAT, i);
      g_autofree char *note = g_strdup_printf ("Annotation %u %s", i, filler);
      BriefingAnnotation *annotation = briefing_annotation_store_lookup (store, id);

      if (annotation == NULL)
        g_error ("torn state: %u annotations, but %s is missing", n, id);
      g_assert_cmpstr (briefing_annotation_get_note (annotation), ==, note);
    }

  return n;
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

      n = complete_state (store);
      g_assert_cmpuint (n, >=, previous);
      n_progress += n > previous;
      previous = n;

      name = g_path_get_basename (briefing_annotation_store_get_path (store));
      n_leftover = count_other_files (fixture->dir, name);
      g_set_object (&current, store);
    }

  g_test_message ("%u kills in %.1f s (a save took %.1f ms); %u saved states reached, %u annotations at the "
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

      reached = count_steps (loaded);
      g_assert_cmpuint (reached, >=, n);
      n_progress += reached > n;
      for (; n < reached; n++)
        g_assert_true (apply_step (expected, n + 1));
      /* The time of the save is the one thing the parent cannot know. */
      if (n > 0)
        briefing_bundle_set_updated (base, briefing_bundle_get_updated (loaded));
      if (!briefing_bundle_equal (base, loaded))
        g_error ("the file after step %u is not the bundle of step %u", n, n);

      n_leftover = count_other_files (fixture->dir, BUNDLE_NAME);
    }

  g_test_message ("%u kills in %.1f s (a save took %.1f ms); %u saved states reached, %u steps at the end; "
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
