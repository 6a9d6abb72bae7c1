a ife
