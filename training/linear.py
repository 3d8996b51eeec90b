"""Linear models for the training scripts: L-BFGS, and binary and softmax logistic regression over
sparse hashed features, in numpy (training and inference need nothing else)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def lbfgs(
    fg: Callable[[np.ndarray], tuple[float, np.ndarray]], x: np.ndarray, iters: int, memory: int = 10
) -> np.ndarray:
    """Minimise a smooth convex function by L-BFGS with a backtracking (Armijo) line search."""
    f, g = fg(x)
    ss: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    for _ in range(iters):
        q = g.copy()
        alphas = []
        for s, y in zip(reversed(ss), reversed(ys), strict=True):
            a = (s @ q) / (y @ s)
            q -= a * y
            alphas.append(a)
        q *= (ss[-1] @ ys[-1]) / (ys[-1] @ ys[-1]) if ss else 1.0 / max(float(np.linalg.norm(g)), 1.0)
        for s, y, a in zip(ss, ys, reversed(alphas), strict=True):
            q += s * (a - (y @ q) / (y @ s))
        d, slope = -q, -(g @ q)
        if slope >= 0:  # not a descent direction: restart from the gradient
            ss.clear()
            ys.clear()
            d, slope = -g, -(g @ g)
        t = 1.0
        while True:
            x_new = x + t * d
            f_new, g_new = fg(x_new)
            if f_new <= f + 1e-4 * t * slope or t < 1e-8:
                break
            t *= 0.5
        s, y = x_new - x, g_new - g
        if s @ y > 1e-12:
            ss.append(s)
            ys.append(y)
            if len(ss) > memory:
                ss.pop(0)
                ys.pop(0)
        converged = f - f_new < 1e-7 * max(abs(f), 1.0)
        x, f, g = x_new, f_new, g_new
        if converged:
            break
    return x


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def fit_binary(
    rows: np.ndarray,
    cols: np.ndarray,
    vals: np.ndarray,
    y: np.ndarray,
    weight: np.ndarray,
    width: int,
    l2: float,
    iters: int = 300,
) -> tuple[np.ndarray, float]:
    """Weighted logistic regression over a sparse matrix given as (rows, cols, vals) with `width` columns:
    weighted mean log-loss + l2/2 |w|^2 (the bias is not penalised). Returns (w, bias)."""
    n = len(y)
    total = weight.sum()

    def fg(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:width], theta[-1]
        z = np.bincount(rows, weights=vals * w[cols], minlength=n) + b
        r = weight * (sigmoid(z) - y) / total
        grad = np.empty_like(theta)
        grad[:width] = np.bincount(cols, weights=vals * r[rows], minlength=width) + l2 * w
        grad[-1] = r.sum()
        loss = weight @ (np.logaddexp(0.0, z) - y * z) / total
        return float(loss + 0.5 * l2 * (w @ w)), grad

    theta = lbfgs(fg, np.zeros(width + 1), iters)
    return theta[:width], float(theta[-1])


def fit_softmax(
    rows: np.ndarray,
    cols: np.ndarray,
    vals: np.ndarray,
    y: np.ndarray,
    classes: int,
    width: int,
    l2: float,
    weight: np.ndarray | None = None,
    iters: int = 300,
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression, the same way: returns (W of shape (width, classes), bias)."""
    n = len(y)
    weight = np.ones(n) if weight is None else weight
    total = weight.sum()
    onehot = np.zeros((n, classes))
    onehot[np.arange(n), y] = 1.0

    def fg(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: width * classes].reshape(width, classes)
        b = theta[width * classes :]
        z = np.stack(
            [np.bincount(rows, weights=vals * w[cols, c], minlength=n) for c in range(classes)], axis=1
        )
        z += b
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        r = weight[:, None] * (np.exp(logp) - onehot) / total
        gw = np.stack(
            [np.bincount(cols, weights=vals * r[rows, c], minlength=width) for c in range(classes)], axis=1
        )
        gw += l2 * w
        loss = -(weight * (logp * onehot).sum(axis=1)).sum() / total + 0.5 * l2 * float((w * w).sum())
        return float(loss), np.concatenate([gw.ravel(), r.sum(axis=0)])

    theta = lbfgs(fg, np.zeros(width * classes + classes), iters)
    return theta[: width * classes].reshape(width, classes), theta[width * classes :]


# --- dense features (the encoder heads) ----------------------------------------------------------------


def _standardised(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    return ((x - mean) / scale).astype(np.float32), mean, scale


def fit_dense_binary(
    x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float, iters: int = 200
) -> tuple[np.ndarray, float]:
    """Weighted logistic regression on standardised dense columns; the weights returned apply to the raw
    columns (the standardisation folded in): z = x @ w + b."""
    z_x, mean, scale = _standardised(x)
    total = float(weight.sum())  # Python floats and float32 arrays only: a float64 in the mix would copy
    yf, wf = y.astype(np.float32), weight.astype(np.float32)  # the whole matrix to float64 on every step

    def fg(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], float(theta[-1])
        z = z_x @ w.astype(np.float32) + b
        r = wf * (sigmoid(z) - yf) / total
        grad = np.empty_like(theta)
        grad[:-1] = z_x.T @ r + l2 * w
        grad[-1] = r.sum()
        loss = float(wf @ (np.logaddexp(0.0, z) - yf * z)) / total
        return loss + 0.5 * l2 * float(w @ w), grad

    theta = lbfgs(fg, np.zeros(x.shape[1] + 1), iters)
    w = theta[:-1] / scale
    return w, float(theta[-1] - mean @ w)


def fit_dense_softmax(
    x: np.ndarray, y: np.ndarray, classes: int, l2: float, iters: int = 300
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression on standardised dense columns, folded back like `fit_dense_binary`:
    z = x @ W + b."""
    z_x, mean, scale = _standardised(x)
    n, width = x.shape
    onehot = np.zeros((n, classes), dtype=np.float32)
    onehot[np.arange(n), y] = 1.0

    def fg(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: width * classes].reshape(width, classes)
        z = z_x @ w.astype(np.float32) + theta[width * classes :].astype(np.float32)
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        r = (np.exp(logp) - onehot) / n  # float32, as `fit_dense_binary` explains
        gw = z_x.T @ r + l2 * w
        loss = -float((logp * onehot).sum()) / n + 0.5 * l2 * float((w * w).sum())
        return loss, np.concatenate([gw.ravel(), r.sum(axis=0)])

    theta = lbfgs(fg, np.zeros(width * classes + classes), iters)
    w = theta[: width * classes].reshape(width, classes) / scale[:, None]
    return w, theta[width * classes :] - mean @ w
