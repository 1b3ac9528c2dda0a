/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening a bundle from a web address in the window, from a SoupServer on 127.0.0.1: the Open
 * Location dialog, the progress banner and Cancel, and failures that keep the bundle that was open.
 * Screenshots go to the build directory's tests/screenshots/ to be looked at. */
#include "config.h"

#include <gtk/gtk.h>
#include <libsoup/soup.h>
#include <stdio.h>
#include <string.h>

#include "briefing-application.h"
#include "briefing-core.h"
#include "briefing-location-dialog.h"
#include "briefing-window.h"
#include "gui-test-utils.h"

static BriefingApplication *app;
static char *base;
static GBytes *sample;
static GBytes *several_errors;

/* The server */

/* The state of a slow answer; it lives as long as its message. */
typedef struct
{
  SoupServerMessage *msg;
  gsize              sent;
  gboolean           finished;  /* sent, or the client went away */
} Drip;

/* While set, a slow answer stops after half the sample until the test lets it go on: however slow
 * the machine (sanitizers, valgrind), the download is still running when the test cancels it. */
static gboolean drip_held;

/* A tenth of the sample every 150 ms: 1.5 s in all, long enough to see the banner and cancel. */
static gboolean
drip_more (gpointer user_data)
{
  Drip *drip = user_data;
  SoupServerMessage *msg = drip->msg;
  gsize size = g_bytes_get_size (sample);
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  gsize piece;

  if (drip->finished)
    {
      g_object_unref (msg);
      return G_SOURCE_REMOVE;
    }
  if (drip_held && drip->sent >= size / 2)
    return G_SOURCE_CONTINUE;

  piece = MIN (size / 10 + 1, size - drip->sent);
  soup_message_body_append (body, SOUP_MEMORY_COPY, (const char *) g_bytes_get_data (sample, NULL) + drip->sent, piece);
  drip->sent += piece;
  if (drip->sent == size)
    soup_message_body_complete (body);
  soup_server_message_unpause (msg);

  if (drip->sent < size)
    return G_SOURCE_CONTINUE;

  g_object_unref (msg);
  return G_SOURCE_REMOVE;
}

static void
on_drip_finished (SoupServerMessage *msg,
                  Drip              *drip)
{
  drip->finished = TRUE;
}

static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  if (g_str_equal (path, "/talks.bundle.json"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, g_bytes_get_data (sample, NULL),
                                        g_bytes_get_size (sample));
    }
  else if (g_str_equal (path, "/several-errors.bundle.json"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (several_errors, NULL), g_bytes_get_size (several_errors));
    }
  else if (g_str_equal (path, "/slow.bundle.json"))
    {
      SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
      Drip *drip = g_new0 (Drip, 1);

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_set_content_type (headers, "application/json", NULL);
      soup_message_headers_set_content_length (headers, g_bytes_get_size (sample));
      drip->msg = msg;
      g_object_set_data_full (G_OBJECT (msg), "drip", drip, g_free);
      g_signal_connect (msg, "finished", G_CALLBACK (on_drip_finished), drip);
      /* The timeout holds the message until it stops. */
      g_object_ref (msg);
      g_timeout_add (150, drip_more, drip);
      soup_server_message_pause (msg);
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

/* Waiting */

static gboolean
not_loading (gpointer window)
{
  return !briefing_window_get_loading (window);
}

static void
wait_until_loaded (BriefingWindow *window)
{
  briefing_test_iterate_until (not_loading, window, 15);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

static GtkWindow *
find_toplevel (const char *type_name)
{
  GtkWindow *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (g_str_equal (G_OBJECT_TYPE_NAME (l->data), type_name))
      found = l->data;
  return found;
}

static char *
url (const char *path)
{
  return g_strconcat (base, path, NULL);
}

/* Tests */

/* Ctrl+L's dialog checks the address as it is typed; Enter opens it in the window. */
static void
test_dialog_opens (void)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));
  g_autofree char *good = url ("/talks.bundle.json");
  g_autofree char *uri = NULL;
  g_autofree char *typed = NULL;
  g_autofree char *expected_https = NULL;
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.open-location");
  BriefingLocationDialog *dialog;
  GtkEditable *entry;
  BriefingBundle *bundle;

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>l"));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-location", NULL));
  dialog = BRIEFING_LOCATION_DIALOG (find_toplevel ("BriefingLocationDialog"));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  entry = GTK_EDITABLE (briefing_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_ENTRY));
  g_assert_nonnull (entry);

  /* Nothing typed: nothing to open. */
  g_assert_null (briefing_location_dialog_dup_uri (dialog));

  /* Another scheme is refused as it is typed, and the hint says why. */
  gtk_editable_set_text (entry, "ftp://127.0.0.1/talks.bundle.json");
  g_assert_null (briefing_location_dialog_dup_uri (dialog));
  g_assert_cmpuint (briefing_test_count_labels_holding (GTK_WIDGET (dialog), "only http:// and https://"), ==, 1);
  briefing_test_save_screenshot (GTK_WIDGET (dialog), "open-location-invalid");
  gtk_editable_set_text (entry, "https://");
  g_assert_null (briefing_location_dialog_dup_uri (dialog));
  g_assert_cmpuint (briefing_test_count_labels_holding (GTK_WIDGET (dialog), "the name of a server"), ==, 1);

  /* Without a scheme, the secure web is meant. */
  typed = g_strdup (good + strlen ("http://"));
  gtk_editable_set_text (entry, typed);
  uri = briefing_location_dialog_dup_uri (dialog);
  expected_https = g_strconcat ("https://", typed, NULL);
  g_assert_cmpstr (uri, ==, expected_https);
  g_assert_cmpuint (briefing_test_count_labels_holding (GTK_WIDGET (dialog), "only http"), ==, 0);

  gtk_editable_set_text (entry, good);
  briefing_test_save_screenshot (GTK_WIDGET (dialog), "open-location-dialog");
  g_signal_emit_by_name (entry, "activate");
  g_assert_null (find_toplevel ("BriefingLocationDialog"));
  g_assert_true (briefing_window_get_loading (window));
  wait_until_loaded (window);

  bundle = briefing_window_get_bundle (window);
  g_assert_nonnull (bundle);
  g_assert_null (briefing_window_get_error_message (window));
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (window), good), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (briefing_bundle_get_events (bundle)), >, 0);
  {
    g_autofree char *file_uri = g_file_get_uri (briefing_bundle_get_file (bundle));

    g_assert_cmpstr (file_uri, ==, good);
  }
  briefing_test_save_screenshot (GTK_WIDGET (window), "open-location-loaded");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A failed fetch, and a bundle from the web with errors, leave the open bundle as it was. */
static void
test_failure_keeps_bundle (void)
{
  BriefingWindow *window = briefing_test_open_sample (app, 1280, 800);
  BriefingBundle *before = briefing_window_get_bundle (window);
  g_autofree char *missing = url ("/missing.bundle.json");
  g_autofree char *broken = url ("/several-errors.bundle.json");
  g_autofree char *summary = NULL;
  g_autofree char *host = NULL;
  GtkWindow *dialog;
  const char *message;

  {
    g_autoptr(GUri) parsed = g_uri_parse (base, G_URI_FLAGS_NONE, NULL);

    host = g_strdup_printf ("127.0.0.1:%d", g_uri_get_port (parsed));
  }

  briefing_window_open_location (window, missing);
  wait_until_loaded (window);
  message = briefing_window_get_error_message (window);
  g_assert_nonnull (message);
  g_test_message ("%s", message);
  g_assert_true (g_str_has_prefix (message, "“"));
  g_assert_nonnull (strstr (message, missing));
  g_assert_nonnull (strstr (message, host));
  g_assert_nonnull (strstr (message, "404 Not Found"));
  g_assert_true (briefing_window_get_bundle (window) == before);
  /* A fetch that failed has no list of problems to show. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL);
  g_assert_null (find_toplevel ("BriefingProblemsDialog"));
  briefing_test_save_screenshot (GTK_WIDGET (window), "open-location-404");

  /* Invalid bundles from the web get their problems, with line, column and path, named by the address. */
  briefing_window_open_location (window, broken);
  wait_until_loaded (window);
  message = briefing_window_get_error_message (window);
  g_assert_nonnull (message);
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, broken));
  g_assert_nonnull (strstr (message, "parties[0].role"));
  g_assert_true (briefing_window_get_bundle (window) == before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL));
  dialog = find_toplevel ("BriefingProblemsDialog");
  g_assert_nonnull (dialog);
  summary = g_strdup_printf ("“%s” has 5 errors and cannot be opened.", broken);
  g_assert_cmpuint (briefing_test_count_labels (GTK_WIDGET (dialog), summary), ==, 1);
  {
    GtkTextView *view = GTK_TEXT_VIEW (briefing_test_find_child (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
    GtkTextIter start, end;
    g_autofree char *text = NULL;
    g_autofree char *first = g_strconcat (broken, ":12:15: parties[0].role: ", NULL);

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_true (g_str_has_prefix (text, first));
  }
  briefing_test_save_screenshot (GTK_WIDGET (dialog), "open-location-problems");
  gtk_window_destroy (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
banner_shows_progress (gpointer user_data)
{
  GtkProgressBar *bar = user_data;

  return gtk_widget_get_mapped (GTK_WIDGET (bar)) && gtk_progress_bar_get_fraction (bar) > 0.05;
}

/* A slow download shows the loading banner with its progress; Cancel stops it and changes nothing. */
static void
test_progress_and_cancel (void)
{
  BriefingWindow *window = briefing_test_open_sample (app, 1280, 800);
  BriefingBundle *before = briefing_window_get_bundle (window);
  g_autofree char *slow = url ("/slow.bundle.json");
  GtkProgressBar *bar;

  drip_held = TRUE;
  briefing_window_open_location (window, slow);
  g_assert_true (briefing_window_get_loading (window));
  bar = GTK_PROGRESS_BAR (briefing_test_find_child (GTK_WIDGET (window), GTK_TYPE_PROGRESS_BAR));
  if (bar == NULL)
    {
      /* The banner is revealed after a moment; its bar is mapped then. */
      gint64 until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

      while (bar == NULL && g_get_monotonic_time () < until)
        {
          g_main_context_iteration (NULL, TRUE);
          bar = GTK_PROGRESS_BAR (briefing_test_find_child (GTK_WIDGET (window), GTK_TYPE_PROGRESS_BAR));
        }
    }
  g_assert_nonnull (bar);
  briefing_test_iterate_until (banner_shows_progress, bar, 5);
  g_assert_true (briefing_window_get_loading (window));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (bar), <, 1.0);
  briefing_test_save_screenshot (GTK_WIDGET (window), "open-location-progress");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL));
  wait_until_loaded (window);
  g_assert_true (briefing_window_get_bundle (window) == before);
  g_assert_null (briefing_window_get_error_message (window));

  /* Let the same slow download finish: it opens. */
  drip_held = FALSE;
  briefing_window_open_location (window, slow);
  wait_until_loaded (window);
  g_assert_null (briefing_window_get_error_message (window));
  g_assert_true (briefing_window_get_bundle (window) != before);
  g_assert_nonnull (briefing_window_get_bundle (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The command line and the recent list hand the window a GFile: a web address in it is fetched. */
static void
test_open_file_with_web_uri (void)
{
  BriefingWindow *window = briefing_window_new (GTK_APPLICATION (app));
  g_autofree char *good = url ("/talks.bundle.json");
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (good);
  g_autoptr(GFile) ftp = g_file_new_for_commandline_arg ("ftp://127.0.0.1/talks.bundle.json");

  gtk_window_present (GTK_WINDOW (window));
  briefing_window_open (window, file);
  wait_until_loaded (window);
  g_assert_nonnull (briefing_window_get_bundle (window));
  g_assert_null (briefing_window_get_error_message (window));

  briefing_window_open (window, ftp);
  wait_until_loaded (window);
  g_assert_nonnull (briefing_window_get_error_message (window));
  g_assert_nonnull (strstr (briefing_window_get_error_message (window), "only http:// and https://"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GBytes *
load (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
    g_error ("%s", error->message);
  return g_bytes_new_take (contents, length);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) sample_file = NULL;
  g_autoptr(GFile) errors_file = NULL;
  g_autofree char *errors_path = NULL;
  GSList *uris;

  if (!briefing_test_have_display ())
    return 0;

  /* The server is on this computer: no proxy stands between, whatever the environment says. */
  g_unsetenv ("http_proxy");
  g_unsetenv ("HTTP_PROXY");
  g_unsetenv ("all_proxy");
  g_unsetenv ("ALL_PROXY");

  briefing_test_init_gtk (&argc, &argv);

  sample_file = briefing_test_sample_file ();
  sample = load (sample_file);
  errors_path = g_test_build_filename (G_TEST_DIST, "data", "invalid", "several-errors.bundle.json", NULL);
  errors_file = g_file_new_for_path (errors_path);
  several_errors = load (errors_file);

  server = soup_server_new ("server-header", "briefing-test ", NULL);
  soup_server_add_handler (server, NULL, handler, NULL, NULL);
  if (!soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    g_error ("%s", error->message);
  uris = soup_server_get_uris (server);
  base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  app = briefing_test_new_application (G_APPLICATION_HANDLES_OPEN);

  g_test_add_func ("/open-location/dialog-opens", test_dialog_opens);
  g_test_add_func ("/open-location/failure-keeps-bundle", test_failure_keeps_bundle);
  g_test_add_func ("/open-location/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/open-location/open-file-with-web-uri", test_open_file_with_web_uri);

  return g_test_run ();
}
