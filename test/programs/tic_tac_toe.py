# Tic-tac-toe with a minimax AI (memoized) playing against itself and against scripted openings.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None
memo = {}
def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w:
        result = (1 if w == "X" else -1, None)
    elif "." not in board:
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if board[i] == ".":
                nb = board[:i] + player + board[i + 1:]
                score, _ = minimax(nb, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result
def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))
def play(opening=()):
    board, player = "." * 9, "X"
    moves = []
    for mv in opening:
        board = board[:mv] + player + board[mv + 1:]
        moves.append(mv)
        player = "O" if player == "X" else "X"
    while not winner(board) and "." in board:
        _, mv = minimax(board, player)
        board = board[:mv] + player + board[mv + 1:]
        moves.append(mv)
        player = "O" if player == "X" else "X"
    return board, moves, winner(board) or "draw"
board, moves, result = play()
print(show(board))
print("moves:", moves, "result:", result)
print("value of empty board:", minimax("." * 9, "X")[0], "positions explored:", len(memo))
for opening in [(0, 1), (4, 0, 8), (1, 4, 2)]:
    board, moves, result = play(opening)
    print("opening", opening, "->", result, "moves", moves)
print(show(play((0, 1))[0]))
wins = {"X": 0, "O": 0, "draw": 0}
for first in range(9):
    for second in range(9):
        if second != first:
            wins[play((first, second))[2]] += 1
print("outcomes over all 2-move openings:", wins)
