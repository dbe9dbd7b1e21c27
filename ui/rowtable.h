#pragma once

class QAbstractItemModel;
class QTableView;

// A table of rows to read and pick one of (users, sessions, a session's events, the live
// lists): whole rows selected, one at a time; Tab moves on to the next control rather than to
// the next cell (rows are read, not edited); no row numbers; the last column takes the room
// left; rows in alternating shades.
QTableView *makeRowTable(QAbstractItemModel *model);
