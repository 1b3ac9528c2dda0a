/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Nothing in a bundle makes the window reach the network on its own: a bundle whose article has
 * images and an address on a server of this test (a socket on 127.0.0.1 that counts connections)
 * is opened, its article read and its lists drawn, and the server sees no connection. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "briefing-application.h"
#include "briefing-reader.h"
#include "briefing-session.h"
#include "gui-test-utils.h"

static BriefingApplication *app;

typedef struct
{
  GSocketService *service;
  guint16         port;
  guint           n_connections;
} Server;

static gboolean
on_incoming (GSocketService    *service,
             GSocketConnection *connection,
             GObject           *source,
             gpointer           user_data)
{
  Server *server = user_data;

  server->n_connections++;
  return FALSE;
}

static void
server_start (Server *server)
{
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) effective = NULL;
  g_autoptr(GError) error = NULL;

  server->service = g_socket_service_new ();
  g_socket_listener_add_address (G_SOCKET_LISTENER (server->service), address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &effective, &error);
  g_assert_no_error (error);
  server->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  g_signal_connect (server->service, "incoming", G_CALLBACK (on_incoming), server);
  g_socket_service_start (server->service);
}

/* The minimal bundle, with images and an address on @port, written into @dir. */
static GFile *
write_bundle (const char *dir,
              guint16     port)
{
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "minimal.bundle.json", NULL);
  g_autofree char *path = g_build_filename (dir, "remote.bundle.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *extra = NULL;
  g_auto(GStrv) halves = NULL;
  g_autofree char *bundle = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (minimal, &text, NULL, &error));
  extra = g_strdup_printf ("\"url\": \"http://127.0.0.1:%u/page\",\n"
                           "      \"image\": [\n"
                           "        { \"contentUrl\": \"https://127.0.0.1:%u/photo.jpg\", \"caption\": \"Remote\" },\n"
                           "        { \"contentUrl\": \"photos/local.jpg\", \"caption\": \"Local, missing\" }\n"
                           "      ],\n      \"headline\"", port, port);
  halves = g_strsplit (text, "\"headline\"", 2);
  g_assert_cmpuint (g_strv_length (halves), ==, 2);
  bundle = g_strconcat (halves[0], extra, halves[1], NULL);
  g_assert_true (g_file_set_contents (path, bundle, -1, &error));

  return g_file_new_for_path (path);
}

static gboolean
not_loading (gpointer data)
{
  return !briefing_window_get_loading (data);
}

static gboolean
waited (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
test_no_request (void)
{
  Server server = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("briefing-remote-XXXXXX", NULL);
  g_autoptr(GFile) file = NULL;
  g_autofree char *file_path = NULL;
  g_autofree char *photos = NULL;
  BriefingWindow *window;
  BriefingBundle *bundle;
  BriefingArticle *article;
  GPtrArray *images;
  GtkWidget *reader;
  gint64 until;
  guint wake;

  server_start (&server);
  file = write_bundle (dir, server.port);

  window = briefing_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  briefing_window_open (window, file);
  briefing_test_iterate_until (not_loading, window, 10);
  bundle = briefing_window_get_bundle (window);
  g_assert_nonnull (bundle);

  /* The bundle holds what a careless reader would fetch. */
  article = briefing_bundle_lookup_article (bundle, "art1");
  images = briefing_article_get_images (article);
  g_assert_cmpuint (images->len, ==, 2);
  g_assert_true (briefing_image_is_remote (images->pdata[0]));
  g_assert_false (briefing_image_is_remote (images->pdata[1]));
  g_assert_nonnull (strstr (briefing_article_get_url (article), "127.0.0.1"));

  /* The article is read, with everything around it drawn, for a second and a half. */
  briefing_session_set_selected_article (briefing_window_get_session (window), article);
  reader = briefing_test_find_child (GTK_WIDGET (window), BRIEFING_TYPE_READER);
  g_assert_nonnull (reader);
  briefing_test_settle (GTK_WIDGET (window));
  g_assert_true (briefing_reader_get_article (BRIEFING_READER (reader)) == article);
  until = g_get_monotonic_time () + 1500 * G_TIME_SPAN_MILLISECOND;
  wake = g_timeout_add (50, wake_up, NULL);
  briefing_test_iterate_until (waited, &until, 10);
  g_source_remove (wake);
  briefing_test_save_screenshot (GTK_WIDGET (window), "remote-content-not-loaded");

  g_assert_cmpuint (server.n_connections, ==, 0);

  /* Nor was anything written beside the bundle, such as the missing local image. */
  photos = g_build_filename (dir, "photos", NULL);
  g_assert_false (g_file_test (photos, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  g_socket_service_stop (server.service);
  g_object_unref (server.service);
  file_path = g_file_get_path (file);
  g_unlink (file_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!briefing_test_have_display ())
    return 0;

  briefing_test_init_gtk (&argc, &argv);

  app = briefing_test_new_application (G_APPLICATION_HANDLES_OPEN);

  g_test_add_func ("/remote-content/no-request", test_no_request);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
