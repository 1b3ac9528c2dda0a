/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the GUI tests share: screenshots a person can look at. */
#pragma once

#include <gtk/gtk.h>

#include "briefing-application.h"
#include "briefing-window.h"

G_BEGIN_DECLS

/* FALSE, with the TAP line of a skipped test printed, when there is no display to test on. */
gboolean        briefing_test_have_display     (void);
/* gtk_test_init(), and animations off: transitions finish at once, so screenshots show the end
 * state. */
void            briefing_test_init_gtk         (int                 *argc,
                                                char              ***argv);
/* A registered, non-unique application with @flags besides; its start-up installs the style
 * sheet. */
BriefingApplication *briefing_test_new_application (GApplicationFlags flags);

/* The sample bundle: $BRIEFING_SAMPLES_DIR, else the source tree's; read, or the test fails. */
GFile          *briefing_test_sample_file      (void);
BriefingBundle *briefing_test_load_sample      (void);
/* Waits until @widget has been drawn and what the drawing set off (text layout in idles, a second
 * frame) has run too. */
void            briefing_test_settle           (GtkWidget           *widget);
/* Runs the main loop until @done (@data) is TRUE; fails the test after @seconds. */
void            briefing_test_iterate_until    (gboolean    (*done) (gpointer),
                                                gpointer      data,
                                                guint         seconds);
/* A new window of @app at @width × @height with the sample open, loaded and drawn. */
BriefingWindow *briefing_test_open_sample      (BriefingApplication *app,
                                                int                  width,
                                                int                  height);
/* The sample's round @round. (transfer none) */
BriefingEvent  *briefing_test_round_event      (BriefingBundle      *bundle,
                                                guint                round);
/* Mapped widgets under @widget of @type (labels and buttons by their text): those whose text is
 * @text (any when NULL), or holds it when @partial. */
void            briefing_test_collect          (GtkWidget           *widget,
                                                GType                type,
                                                const char          *text,
                                                gboolean             partial,
                                                GPtrArray           *found);
/* Mapped labels under @widget that say @text, or hold it. */
guint           briefing_test_count_labels     (GtkWidget           *widget,
                                                const char          *text);
guint           briefing_test_count_labels_holding (GtkWidget       *widget,
                                                const char          *text);
/* The first mapped widget of @type under @widget, or NULL. */
GtkWidget      *briefing_test_find_child       (GtkWidget           *widget,
                                                GType                type);

/* Saves @widget as $G_TEST_BUILDDIR/screenshots/@name.png, once it has been drawn at its size. */
void briefing_test_save_screenshot (GtkWidget  *widget,
                                    const char *name);

G_END_DECLS
