/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing an article in the window under Xvfb, as a user does it: a page of the extraction
 * corpus imported into the sample, reviewed (a demand unchecked, an event renamed, the outcomes of
 * an unchecked event disabled), added as one undo step and undone; an import cancelled; an import
 * into a new bundle, saved and reopened; a web address typed into the import dialog, served by a
 * SoupServer on 127.0.0.1, and one that answers 404. Screenshots of the review, light and dark (and
 * under the $LANGUAGE the test runs in), go to tests/screenshots/. */
#include "config.h"

#include <glib/gstdio.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <libsoup/soup.h>
#include <stdio.h>
#include <string.h>

#include "briefing-application.h"
#include "briefing-bundle-reader.h"
#include "briefing-bundle-writer.h"
#include "briefing-import-dialog.h"
#include "briefing-import-review.h"
#include "briefing-tooltip.h"
#include "briefing-translation.h"
#include "briefing-window.h"
#include "gui-test-utils.h"

static BriefingApplication *app;
static SoupServer *server;
static char *base;

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static const char *
language_suffix (void)
{
  const char *language = g_getenv ("LANGUAGE");

  return language != NULL && !g_str_equal (language, "en") ? language : NULL;
}

static void
screenshot_light_and_dark (GtkWidget  *widget,
                           const char *name)
{
  g_autofree char *light = language_suffix () ? g_strconcat (name, "-", language_suffix (), NULL) : g_strdup (name);
  g_autofree char *dark = g_strconcat (light, "-dark", NULL);

  briefing_test_save_screenshot (widget, light);
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);
  briefing_test_save_screenshot (widget, dark);
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (toplevel))
        found = toplevel;
    }
  return found;
}

static gboolean
review_shown (gpointer unused)
{
  return find_toplevel (BRIEFING_TYPE_IMPORT_REVIEW) != NULL;
}

static gboolean
not_loading (gpointer window)
{
  return !briefing_window_get_loading (window);
}

static gboolean
not_modified (gpointer window)
{
  return !briefing_document_get_modified (briefing_window_get_document (window));
}

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static GFile *
corpus_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "extract", name, NULL);

  return g_file_new_for_path (path);
}

/* Imports @file into @window and waits for the review. */
static BriefingImportReview *
import_and_review (BriefingWindow *window,
                   GFile          *file)
{
  BriefingImportReview *review;

  briefing_window_import_article (window, file);
  g_assert_true (briefing_window_get_loading (window));
  briefing_test_iterate_until (review_shown, NULL, 20);
  g_assert_false (briefing_window_get_loading (window));
  review = BRIEFING_IMPORT_REVIEW (find_toplevel (BRIEFING_TYPE_IMPORT_REVIEW));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (review));
  return review;
}

static gboolean
can_add (BriefingImportReview *review)
{
  drain ();
  return gtk_widget_is_sensitive (template_child (review, BRIEFING_TYPE_IMPORT_REVIEW, "add_button"));
}

/* A corpus text names neither its outlet nor its date: the review asks for them. */
static void
fill_in_article (BriefingImportReview *review,
                 const char           *date)
{
  g_assert_false (can_add (review));
  gtk_editable_set_text (template_child (review, BRIEFING_TYPE_IMPORT_REVIEW, "publisher_entry"), "Corpus Wire");
  g_assert_false (can_add (review));
  gtk_editable_set_text (template_child (review, BRIEFING_TYPE_IMPORT_REVIEW, "date_entry"), "June 1");
  g_assert_false (can_add (review));
  gtk_editable_set_text (template_child (review, BRIEFING_TYPE_IMPORT_REVIEW, "date_entry"), date);
  g_assert_true (can_add (review));
}

/* The first candidate of @kind, new to the bundle unless @existing; -1. */
static int
find_candidate (BriefingExtraction    *extraction,
                BriefingCandidateKind  kind,
                gboolean               existing,
                guint                  nth)
{
  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    {
      const BriefingCandidate *c = briefing_extraction_get_candidate (extraction, i);

      if (c->kind == kind && c->existing == existing && nth-- == 0)
        return i;
    }
  return -1;
}

static GtkCheckButton *
row_check (BriefingImportReview *review,
           int                   index)
{
  GtkWidget *row = briefing_import_review_get_row (review, index);

  g_assert_nonnull (row);
  return GTK_CHECK_BUTTON (briefing_test_find_child (row, GTK_TYPE_CHECK_BUTTON));
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static BriefingEvent *
find_event_titled (BriefingBundle *bundle,
                   const char     *title)
{
  for (guint i = 0; i < n_items (briefing_bundle_get_events (bundle)); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (briefing_bundle_get_events (bundle), i);

      if (g_strcmp0 (briefing_event_get_title (event), title) == 0)
        return event;
    }
  return NULL;
}

/* Imports the corpus page @name into @window, fills in its outlet and @date, and waits for the
 * proposals read against that date. */
static BriefingImportReview *
review_corpus_page (BriefingWindow *window,
                    const char     *name,
                    const char     *date)
{
  g_autoptr(GFile) file = corpus_file (name);
  BriefingImportReview *review = import_and_review (window, file);
  BriefingExtraction *extraction;

  fill_in_article (review, date);
  extraction = briefing_import_review_get_extraction (review);
  /* Every candidate shown quotes the article's words beneath it. */
  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    if (briefing_import_review_get_row (review, i) != NULL)
      {
        const BriefingCandidate *c = briefing_extraction_get_candidate (extraction, i);
        g_autofree char *quoted = g_strdup_printf ("“%s”", c->exact);

        g_assert_cmpuint (briefing_test_count_labels (briefing_import_review_get_row (review, i), quoted), ==, 1);
      }
  return review;
}

static void
add (BriefingImportReview *review)
{
  gtk_widget_activate_action (GTK_WIDGET (review), "review.add", NULL);
  drain ();
  g_assert_null (find_toplevel (BRIEFING_TYPE_IMPORT_REVIEW));
}

static void
test_review_into_sample (void)
{
  BriefingWindow *window = briefing_test_open_sample (app, 1400, 900);
  BriefingBundle *bundle = briefing_window_get_bundle (window);
  guint articles = n_items (briefing_bundle_get_articles (bundle));
  guint events = n_items (briefing_bundle_get_events (bundle));
  guint demands = n_items (briefing_bundle_get_demands (bundle));
  BriefingImportReview *review;
  BriefingExtraction *extraction;
  int event, kept, dropped, response;
  g_autofree char *kept_text = NULL, *dropped_text = NULL, *dropped_id = NULL, *article_id = NULL;
  BriefingArticle *article;
  GtkWidget *title_entry;

  /* The day after the drones: two new demands; one is unchecked. The sample's parties and the round
   * are matched, not proposed again. */
  review = review_corpus_page (window, "drone-operation.txt", "2025-06-01");
  extraction = briefing_import_review_get_extraction (review);
  g_assert_cmpint (find_candidate (extraction, BRIEFING_CANDIDATE_PARTY, TRUE, 0), >=, 0);
  g_assert_cmpint (find_candidate (extraction, BRIEFING_CANDIDATE_PARTY, FALSE, 0), ==, -1);
  g_assert_cmpint (find_candidate (extraction, BRIEFING_CANDIDATE_EVENT, TRUE, 0), >=, 0);
  if (language_suffix () == NULL)
    g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (review), "Already in the bundle: checked, it gains this quote"), >, 0);
  kept = find_candidate (extraction, BRIEFING_CANDIDATE_DEMAND, FALSE, 0);
  dropped = find_candidate (extraction, BRIEFING_CANDIDATE_DEMAND, FALSE, 1);
  g_assert_cmpint (kept, >=, 0);
  g_assert_cmpint (dropped, >=, 0);
  kept_text = g_strdup (briefing_extraction_get_candidate (extraction, kept)->text);
  dropped_text = g_strdup (briefing_extraction_get_candidate (extraction, dropped)->text);
  dropped_id = g_strdup (briefing_extraction_get_candidate (extraction, dropped)->id);
  g_assert_true (briefing_import_review_get_accepted (review, kept));
  g_assert_true (briefing_import_review_get_accepted (review, dropped));
  gtk_check_button_set_active (row_check (review, dropped), FALSE);
  drain ();
  g_assert_false (briefing_import_review_get_accepted (review, dropped));
  gtk_widget_grab_focus (GTK_WIDGET (row_check (review, dropped)));
  screenshot_light_and_dark (GTK_WIDGET (review), "import-review");
  article_id = g_strdup (briefing_article_get_id (briefing_extraction_get_article (extraction)));
  add (review);

  g_assert_cmpuint (n_items (briefing_bundle_get_articles (bundle)), ==, articles + 1);
  article = briefing_bundle_lookup_article (bundle, article_id);
  g_assert_nonnull (article);
  g_assert_cmpstr (briefing_article_get_publisher (article), ==, "Corpus Wire");
  g_assert_cmpuint (n_items (briefing_bundle_get_demands (bundle)), ==, demands + 1);
  g_assert_null (briefing_bundle_lookup (bundle, dropped_id));
  /* The window's views show what was added, and not what was left out. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  if (language_suffix () == NULL)
    {
      g_autofree char *count = g_strdup_printf ("%u articles", articles + 1);

      g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), count), ==, 1);
      g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), "Article imported"), ==, 1);
    }
  g_assert_cmpuint (briefing_test_count_labels_holding (GTK_WIDGET (window), dropped_text), ==, 0);
  {
    BriefingDemand *demand = NULL;

    for (guint i = 0; i < n_items (briefing_bundle_get_demands (bundle)); i++)
      {
        g_autoptr(BriefingDemand) d = g_list_model_get_item (briefing_bundle_get_demands (bundle), i);

        if (g_strcmp0 (briefing_demand_get_text (d), kept_text) == 0)
          demand = d;
      }
    g_assert_nonnull (demand);
    g_assert_cmpstr (briefing_citation_get_source (g_ptr_array_index (briefing_demand_get_citations (demand), 0)), ==,
                     article_id);
  }

  /* The third round: a new event, renamed; an empty title cannot be added. */
  review = review_corpus_page (window, "istanbul-round3.txt", "2025-07-23");
  extraction = briefing_import_review_get_extraction (review);
  event = find_candidate (extraction, BRIEFING_CANDIDATE_EVENT, FALSE, 0);
  g_assert_cmpint (event, >=, 0);
  title_entry = briefing_test_find_child (briefing_import_review_get_row (review, event), GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (title_entry), " ");
  g_assert_false (can_add (review));
  gtk_editable_set_text (GTK_EDITABLE (title_entry), "Meeting proposed for August");
  g_assert_true (can_add (review));
  add (review);
  g_assert_cmpuint (n_items (briefing_bundle_get_articles (bundle)), ==, articles + 2);
  g_assert_cmpuint (n_items (briefing_bundle_get_events (bundle)), ==, events + 1);
  g_assert_nonnull (find_event_titled (bundle, "Meeting proposed for August"));
  screenshot_light_and_dark (GTK_WIDGET (window), "import-review-added");

  /* One undo takes the whole last import back, the next the one before. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpuint (n_items (briefing_bundle_get_articles (bundle)), ==, articles + 1);
  g_assert_cmpuint (n_items (briefing_bundle_get_events (bundle)), ==, events);
  g_assert_null (find_event_titled (bundle, "Meeting proposed for August"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpuint (n_items (briefing_bundle_get_articles (bundle)), ==, articles);
  g_assert_cmpuint (n_items (briefing_bundle_get_demands (bundle)), ==, demands);
  g_assert_false (briefing_document_get_modified (briefing_window_get_document (window)));

  /* The day after the memorandum: a response answers a new demand; unchecking the demand disables
   * the response, saying why. */
  review = review_corpus_page (window, "memorandum-dayafter.txt", "2025-06-03");
  extraction = briefing_import_review_get_extraction (review);
  kept = find_candidate (extraction, BRIEFING_CANDIDATE_DEMAND, FALSE, 0);
  response = find_candidate (extraction, BRIEFING_CANDIDATE_RESPONSE, FALSE, 0);
  g_assert_cmpint (kept, >=, 0);
  g_assert_cmpint (response, >=, 0);
  g_assert_cmpstr (briefing_extraction_get_candidate (extraction, response)->ref, ==,
                   briefing_extraction_get_candidate (extraction, kept)->id);
  g_assert_true (gtk_widget_get_sensitive (briefing_import_review_get_row (review, response)));
  gtk_check_button_set_active (row_check (review, kept), FALSE);
  drain ();
  g_assert_false (gtk_widget_get_sensitive (briefing_import_review_get_row (review, response)));
  g_assert_false (briefing_import_review_get_accepted (review, response));
  g_assert_nonnull (briefing_widget_get_tooltip (briefing_import_review_get_row (review, response)));
  g_assert_true (gtk_widget_get_has_tooltip (briefing_import_review_get_row (review, response)));
  if (language_suffix () == NULL)
    g_assert_nonnull (strstr (briefing_widget_get_tooltip (briefing_import_review_get_row (review, response)),
                              "which is not checked"));
  /* Tall enough to show the demand and the response it disables. */
  gtk_window_set_default_size (GTK_WINDOW (review), 680, 1150);
  gtk_widget_grab_focus (GTK_WIDGET (row_check (review, kept)));
  screenshot_light_and_dark (GTK_WIDGET (review), "import-review-dependency");
  gtk_check_button_set_active (row_check (review, kept), TRUE);
  drain ();
  g_assert_true (gtk_widget_get_sensitive (briefing_import_review_get_row (review, response)));
  g_assert_null (briefing_widget_get_tooltip (briefing_import_review_get_row (review, response)));
  g_assert_false (gtk_widget_get_has_tooltip (briefing_import_review_get_row (review, response)));
  gtk_widget_activate_action (GTK_WIDGET (review), "window.close", NULL);
  drain ();

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_cancel_changes_nothing (void)
{
  BriefingWindow *window = briefing_test_open_sample (app, 1200, 800);
  BriefingBundle *bundle = briefing_window_get_bundle (window);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GFile) file = corpus_file ("istanbul-round1.txt");
  BriefingImportReview *review;
  gsize length;

  before = briefing_bundle_to_data (bundle, &length);
  review = import_and_review (window, file);
  fill_in_article (review, "2025-05-16");
  gtk_widget_activate_action (GTK_WIDGET (review), "window.close", NULL);
  drain ();
  g_assert_null (find_toplevel (BRIEFING_TYPE_IMPORT_REVIEW));
  after = briefing_bundle_to_data (bundle, &length);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (briefing_document_get_modified (briefing_window_get_document (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_new_bundle_save_reopen (void)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));
  BriefingWindow *reopened;
  g_autoptr(GFile) page = corpus_file ("istanbul-round2-paraphrase.txt");
  g_autofree char *dir = g_dir_make_tmp ("briefing-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "imported.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) saved = NULL;
  g_autoptr(GError) error = NULL;
  BriefingImportReview *review;
  BriefingBundle *bundle;

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (briefing_window_get_document (window));

  review = import_and_review (window, page);
  /* Cancelled, the window stays empty. */
  gtk_widget_activate_action (GTK_WIDGET (review), "window.close", NULL);
  drain ();
  g_assert_null (briefing_window_get_document (window));

  review = import_and_review (window, page);
  fill_in_article (review, "2025-06-02");
  gtk_widget_activate_action (GTK_WIDGET (review), "review.add", NULL);
  drain ();
  g_assert_nonnull (briefing_window_get_document (window));
  bundle = briefing_window_get_bundle (window);
  g_assert_cmpstr (briefing_bundle_get_title (bundle), ==, "Istanbul round ends with a prisoner deal but no ceasefire");
  g_assert_cmpuint (n_items (briefing_bundle_get_parties (bundle)), ==, 3);
  g_assert_cmpuint (n_items (briefing_bundle_get_events (bundle)), >=, 2);
  g_assert_cmpuint (n_items (briefing_bundle_get_demands (bundle)), ==, 6);

  briefing_window_save_to_file (window, file);
  briefing_test_iterate_until (not_modified, window, 10);
  saved = briefing_bundle_reader_read_file (reader, file, NULL, &error);
  g_assert_no_error (error);

  reopened = briefing_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (reopened), 1400, 900);
  gtk_window_present (GTK_WINDOW (reopened));
  briefing_window_open (reopened, file);
  briefing_test_iterate_until (not_loading, reopened, 10);
  /* The party columns make their rows in idle time. */
  drain ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (reopened));
  g_assert_true (briefing_bundle_equal (briefing_window_get_bundle (reopened), saved));
  /* Timeline and party panels are filled: the parties' names and a demand are on screen. */
  g_assert_cmpuint (briefing_test_count_labels_holding (GTK_WIDGET (reopened), "Ukraine"), >, 0);
  g_assert_cmpuint (briefing_test_count_labels_holding (GTK_WIDGET (reopened), "A full and unconditional ceasefire of at least 30 days"), >, 0);
  screenshot_light_and_dark (GTK_WIDGET (reopened), "import-new-bundle");

  gtk_window_destroy (GTK_WINDOW (reopened));
  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (path);
  g_rmdir (dir);
}

static void
handler (SoupServer        *soup_server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "data", "import", "jsonld-cookie.html", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  if (g_str_equal (path, "/news/talks") && g_file_get_contents (file, &contents, &length, NULL))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_COPY, contents, length);
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

static void
import_address (BriefingWindow *window,
                const char     *path)
{
  g_autofree char *uri = g_strconcat (base, path, NULL);
  BriefingImportDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.import-article", NULL);
  drain ();
  dialog = BRIEFING_IMPORT_DIALOG (find_toplevel (BRIEFING_TYPE_IMPORT_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (template_child (dialog, BRIEFING_TYPE_IMPORT_DIALOG, "entry"), "ftp://example.org/page");
  g_assert_null (briefing_import_dialog_dup_uri (dialog));
  gtk_editable_set_text (template_child (dialog, BRIEFING_TYPE_IMPORT_DIALOG, "entry"), uri);
  screenshot_light_and_dark (GTK_WIDGET (dialog), "import-dialog");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import-address", NULL);
  drain ();
  g_assert_null (find_toplevel (BRIEFING_TYPE_IMPORT_DIALOG));
}

static void
test_web_address (void)
{
  BriefingWindow *window = briefing_test_open_sample (app, 1200, 800);
  BriefingBundle *bundle = briefing_window_get_bundle (window);
  g_autofree char *uri = g_strconcat (base, "/news/talks", NULL);
  guint articles = n_items (briefing_bundle_get_articles (bundle));
  BriefingImportReview *review;
  BriefingArticle *article;
  const char *message;

  /* Not found: a clear error, nothing changes. */
  import_address (window, "/news/missing");
  briefing_test_iterate_until (not_loading, window, 15);
  drain ();
  g_assert_null (find_toplevel (BRIEFING_TYPE_IMPORT_REVIEW));
  message = briefing_window_get_error_message (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "could not be imported"));
  g_assert_nonnull (strstr (message, "404"));
  g_assert_cmpuint (n_items (briefing_bundle_get_articles (bundle)), ==, articles);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-error", NULL);

  import_address (window, "/news/talks");
  briefing_test_iterate_until (review_shown, NULL, 20);
  review = BRIEFING_IMPORT_REVIEW (find_toplevel (BRIEFING_TYPE_IMPORT_REVIEW));
  /* The page names its outlet and date: nothing is asked. */
  g_assert_true (can_add (review));
  article = briefing_extraction_get_article (briefing_import_review_get_extraction (review));
  g_assert_cmpstr (briefing_article_get_url (article), ==, uri);
  gtk_widget_activate_action (GTK_WIDGET (review), "review.add", NULL);
  drain ();
  g_assert_cmpuint (n_items (briefing_bundle_get_articles (bundle)), ==, articles + 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  if (!briefing_test_have_display ())
    return 0;

  if (language_suffix () != NULL)
    {
      /* As main() does: the locale from the environment (gtk_test_init() would force its own), then
       * Briefing's catalogue; GTK reads its own, which decides the direction. */
      g_test_init (&argc, &argv, NULL);
      gtk_init ();
      bindtextdomain (GETTEXT_PACKAGE, briefing_catalog_locale_dir ());
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
    }
  else
    briefing_test_init_gtk (&argc, &argv);

  app = briefing_test_new_application (G_APPLICATION_HANDLES_OPEN);

  server = soup_server_new ("server-header", "briefing-test ", NULL);
  soup_server_add_handler (server, NULL, handler, NULL, NULL);
  if (!soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    g_error ("no test server: %s", error->message);
  uris = soup_server_get_uris (server);
  base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_test_add_func ("/import-review/into-sample", test_review_into_sample);
  g_test_add_func ("/import-review/cancel", test_cancel_changes_nothing);
  g_test_add_func ("/import-review/new-bundle-save-reopen", test_new_bundle_save_reopen);
  g_test_add_func ("/import-review/web-address", test_web_address);

  return g_test_run ();
}
