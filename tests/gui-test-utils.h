/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the GUI tests share: screenshots a person can look at. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Saves @widget as $G_TEST_BUILDDIR/screenshots/@name.png, once it has been drawn at its size. */
void briefing_test_save_screenshot (GtkWidget  *widget,
                                    const char *name);

G_END_DECLS
